// `npm run keys -- create --name NAME --role ROLE [--per-minute N]`, `list`, `revoke --name NAME`: the API keys of
// API_KEYS_FILE. A new key is printed once, here, and stored only as a hash; the running servers pick a change up
// within a second. Exits 2 with a message naming what is wrong on bad input, and leaves the file as it was.
import { parseArgs } from 'node:util';
import { KEY_NAME_RULE, newKey, readKeyFile, writeKeyFile } from '../src/access/api-keys';
import { loadConfig } from '../src/config';

const USAGE = `usage:
  npm run keys -- create --name NAME --role ROLE [--per-minute N]
  npm run keys -- list
  npm run keys -- revoke --name NAME`;

class UsageError extends Error {}

function main(argv: string[]): void {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, role: { type: 'string' }, 'per-minute': { type: 'string' } } });
  const config = loadConfig();
  const file = config.apiKeysFile;
  const keys = readKeyFile(file);
  const [command] = positionals;
  if (command === 'list') {
    console.log(`${keys.length} key(s) in ${file}`);
    for (const key of keys) console.log([key.name, key.role, key.perMinute === null ? 'role rate' : `${key.perMinute}/min`, `id ${key.id}`, `created ${key.createdAt}`, key.revokedAt ? `REVOKED ${key.revokedAt}` : 'in force'].join('  '));
    return;
  }
  if (command !== 'create' && command !== 'revoke') throw new UsageError(command ? `"${command}" is not a command.\n${USAGE}` : USAGE);
  const name = values.name;
  if (!name) throw new UsageError(`--name is missing.\n${USAGE}`);
  const live = keys.find((key) => key.name === name && key.revokedAt === null);
  if (command === 'create') {
    const roles = config.roles.map((role) => role.name).filter((role) => role !== config.anonymousRole);
    if (!values.role || !roles.includes(values.role)) throw new UsageError(`--role must be one of the roles of ROLES a key may have: ${roles.join(', ')}${values.role ? `; "${values.role}" is not one` : ''}.`);
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name)) throw new UsageError(`--name "${name}" is not a key name: ${KEY_NAME_RULE}.`);
    if (live) throw new UsageError(`A key named "${name}" is in force already; revoke it first, or choose another name.`);
    const perMinute = values['per-minute'] === undefined ? null : Number(values['per-minute']);
    if (perMinute !== null && (!Number.isInteger(perMinute) || perMinute < 1)) throw new UsageError(`--per-minute must be a whole number of 1 or more; "${values['per-minute']}" is not.`);
    const { key, record } = newKey(name, values.role, perMinute);
    writeKeyFile(file, [...keys, record]);
    console.log(`Created the key "${name}" (role ${values.role}, id ${record.id}) in ${file}.\nIt is shown this once; send it in the X-API-Key header:\n${key}`);
    return;
  }
  if (!live) throw new UsageError(`No key named "${name}" is in force (npm run keys -- list shows them).`);
  writeKeyFile(file, keys.map((key) => (key === live ? { ...key, revokedAt: new Date().toISOString() } : key)));
  console.log(`Revoked the key "${name}" (id ${live.id}); servers refuse it within a second.`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
