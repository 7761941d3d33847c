// `npm run schema`: writes schema/schema.graphql from the code; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchema } from 'graphql';
import { buildGraphSchema } from '../src/schema';

export const SCHEMA_FILE = resolve(__dirname, '..', 'schema', 'schema.graphql');

export async function printGraphSchema(): Promise<string> {
  return `${printSchema(await buildGraphSchema())}\n`;
}

if (require.main === module) {
  printGraphSchema().then((sdl) => {
    writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  });
}
