// Finds the system Chromium for the end-to-end suite. As root on Debian it installs the
// `chromium` package when missing; otherwise it stops with one line saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter((p): p is string => Boolean(p));

export function findChromium(): string | null {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error('No Chromium found: run `apt-get install chromium` (or set CHROMIUM_PATH) before the e2e tests.');
}
