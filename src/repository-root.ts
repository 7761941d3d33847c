// The folder of package.json, whether this code runs as TypeScript from src/ or compiled from dist/src/ (as
// `npm start` and the image run it): what ships beside the code (schema/, seed/, db/pom.xml, .neo4j/) is found
// from here, never from a fixed number of `..` that holds for one of the two only.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function packageRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`no package.json above ${from}`);
  }
}

export const REPOSITORY_ROOT = packageRoot(__dirname);

/** This API's version, from package.json at run time (an import would copy package.json into dist/). */
export const API_VERSION = (JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
