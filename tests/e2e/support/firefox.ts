// Finds Debian's Firefox ESR for the Firefox end-to-end file. As root on Debian it installs the
// `firefox-esr` package when missing; otherwise it stops with one line saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'].filter((p): p is string => Boolean(p));

export function findFirefox(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function ensureFirefox(): string {
  const found = findFirefox();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr'], {
      stdio: 'inherit',
    });
    const installed = findFirefox();
    if (installed) return installed;
  }
  throw new Error('No Firefox ESR found: run `apt-get install firefox-esr` (or set FIREFOX_PATH) before the e2e tests.');
}
