// Adds to package-lock.json the platform-specific optional packages (other OSes' and CPUs' native binaries)
// that npm leaves out when the registry it installs from does not serve them. Without these entries `npm ci`
// refuses the lockfile ("Missing: @swc/core-darwin-arm64@ from lock file"). Each entry carries the os/cpu
// its name states, so npm skips it on any other platform and never fetches it.
// Run after any `npm install` that changes dependencies: node scripts/complete-lockfile.js
const { readFileSync, writeFileSync } = require('node:fs');
const { resolve } = require('node:path');

const LOCKFILE = resolve(__dirname, '..', 'package-lock.json');
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'wasi'];
const CPU = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', ppc64: 'ppc64', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64', wasm32: 'wasm32' };
const LIBC = { gnu: 'glibc', gnueabihf: 'glibc', musl: 'musl', musleabihf: 'musl' };

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.map((part) => CPU[part]).find(Boolean);
  const libc = parts.map((part) => LIBC[part]).find(Boolean);
  if (!os || !cpu) return undefined;
  return { os: [os], cpu: [cpu], ...(os === 'linux' && libc ? { libc: [libc] } : {}) };
}

const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8'));
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dependency, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `${path ? `${path}/` : ''}node_modules/${dependency}`;
    const hoisted = `node_modules/${dependency}`;
    if (lock.packages[key] || lock.packages[hoisted]) continue;
    const platform = platformOf(dependency);
    if (!platform) continue;
    lock.packages[hoisted] = { version, optional: true, ...platform };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform-specific optional entries`);
