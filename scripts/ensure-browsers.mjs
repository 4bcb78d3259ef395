#!/usr/bin/env node
// The real-browser tests need Debian's Chromium (and Firefox ESR for the Firefox test).
// Never downloads a browser build: installs Debian's packages when running as root,
// otherwise stops with one line saying how. It never lets the tests skip silently.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

//   node scripts/ensure-browsers.mjs            chromium and firefox-esr (the test suite)
//   node scripts/ensure-browsers.mjs chromium   just Chromium (npm start)
const wanted = process.argv.slice(2);
const needed = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
].filter((b) => !wanted.length || wanted.includes(b.pkg));
const missing = needed.filter((b) => !existsSync(process.env[`${b.pkg.toUpperCase().replace('-', '_')}_PATH`] ?? b.bin));
if (!missing.length) process.exit(0);
const pkgs = missing.map((m) => m.pkg).join(' ');
if (process.getuid?.() !== 0) {
  console.error(`Provenance Lens needs Debian's ${pkgs} here: run  sudo apt-get install -y --no-install-recommends ${pkgs}  and try again.`);
  process.exit(1);
}
console.log(`Installing ${pkgs} from Debian for the real-browser tests …`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq --no-install-recommends ${pkgs}`, { stdio: 'inherit', env });
