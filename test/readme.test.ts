// The README documents every setting the code reads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SETTINGS } from '../src/config';

describe('the README', () => {
  const readme = readFileSync(resolve(__dirname, '..', 'README.md'), 'utf8');

  it.each(Object.values(SETTINGS).map((setting) => setting.env))('documents %s', (env) => {
    expect(readme).toContain(`| \`${env}\` |`);
  });
});
