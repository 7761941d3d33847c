// API keys: made here, kept hashed in one JSON file (API_KEYS_FILE) that `npm run keys` writes and every
// instance re-reads when it changes. A key reads `kg_<id>_<secret>`: the id finds its record, and the secret's
// SHA-256 is compared with the record's in constant time. The secret has 256 random bits, so a fast hash is
// enough (a slow one defends guessable passwords, which these are not), and the file alone gives no key away.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { SetupError } from '../neo4j/setup-error';

const KEY_FORMAT = /^kg_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

const keyRecord = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/),
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
  role: z.string(),
  /** SHA-256 of the secret, hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Requests a minute for this key alone, in place of its role's rate. */
  perMinute: z.number().int().positive().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type KeyRecord = z.infer<typeof keyRecord>;

const keyFile = z.object({ keys: z.array(keyRecord) });

export const KEY_NAME_RULE = 'letters, digits, ".", "_" and "-", at most 64, starting with a letter or digit';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** The file's keys; none when it does not exist yet. A file that is not a key file is an error naming it. */
export function readKeyFile(path: string): KeyRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = keyFile.safeParse(json);
  if (!parsed.success) throw new Error(`${path} is not an API key file: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
  return parsed.data.keys;
}

/** Written whole to a temporary file and renamed over the old one: a reader sees the old file or the new, never half. */
export function writeKeyFile(path: string, keys: KeyRecord[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** A new key and the record that stores it: the key is shown once and never stored. */
export function newKey(name: string, role: string, perMinute: number | null, now = new Date()): { key: string; record: KeyRecord } {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const record = keyRecord.parse({ id, name, role, hash: sha256(secret).toString('hex'), perMinute, createdAt: now.toISOString(), revokedAt: null });
  return { key: `kg_${id}_${secret}`, record };
}

/** A stand-in compared against when the id is unknown, so that an unknown id takes as long as a wrong secret. */
const NOBODY = sha256('no such key');

/**
 * The keys in force, by id, re-read from the file when its modification time or size changes (checked at most
 * once per CHECK_MS, by the request that finds the check due): a key made or revoked by `npm run keys` takes
 * effect within a second, on every instance that reads the file.
 */
export class KeyTable {
  private static readonly CHECK_MS = 1_000;
  private byId = new Map<string, KeyRecord & { digest: Buffer }>();
  private seen = '';
  private checkedAt = 0;

  constructor(
    private readonly path: string,
    private readonly onReloadFailed: (error: Error) => void,
  ) {
    try {
      this.reload();
    } catch (error) {
      throw new SetupError(`API_KEYS_FILE: ${(error as Error).message}`, { cause: error });
    }
  }

  /** The record of a key in force (not revoked), or undefined. */
  verify(presented: string, now = Date.now()): KeyRecord | undefined {
    if (now - this.checkedAt >= KeyTable.CHECK_MS) {
      this.checkedAt = now;
      try {
        this.reload();
      } catch (error) {
        // The keys read last stay in force: a file being edited by hand must not lock every client out.
        this.onReloadFailed(error as Error);
      }
    }
    const [, id = '', secret = ''] = KEY_FORMAT.exec(presented) ?? [];
    const record = this.byId.get(id);
    const same = timingSafeEqual(sha256(secret), record?.digest ?? NOBODY);
    return same && record ? record : undefined;
  }

  private reload(): void {
    let stamp: string;
    try {
      const { mtimeMs, size } = statSync(this.path);
      stamp = `${mtimeMs}:${size}`;
    } catch {
      stamp = 'none';
    }
    if (stamp === this.seen) return;
    const live = readKeyFile(this.path).filter((record) => record.revokedAt === null);
    this.byId = new Map(live.map((record) => [record.id, { ...record, digest: Buffer.from(record.hash, 'hex') }]));
    this.seen = stamp;
  }
}
