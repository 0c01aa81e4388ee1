// Finds the Chromium for the end-to-end suite. CHROMIUM_PATH, when set, is the only one tried (a
// wrong path stops the suite rather than quietly testing another browser). Otherwise the usual
// Debian/Ubuntu paths; as root with apt-get it installs the `chromium` package when none is
// there; elsewhere it stops with one line saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | null {
  const chosen = process.env.CHROMIUM_PATH?.trim();
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH=${chosen} does not exist: point it at a Chromium or Chrome executable.`);
    return chosen;
  }
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? null;
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
  throw new Error(`No Chromium found in ${SYSTEM_PATHS.join(', ')}: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH, then run the e2e tests.`);
}
