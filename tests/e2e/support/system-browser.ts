// Finds a browser installed on the system for the end-to-end suite. Its environment variable,
// when set, is the only path tried (a wrong path stops the suite rather than quietly testing
// another browser). Otherwise the usual Debian/Ubuntu paths; as root with apt-get it installs the
// Debian package when none is there; elsewhere it stops with one line saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface SystemBrowser {
  /** For messages: "Chromium", "Firefox ESR". */
  name: string;
  envVar: string;
  paths: readonly string[];
  debianPackage: string;
}

export function findBrowser(browser: SystemBrowser): string | null {
  const chosen = process.env[browser.envVar]?.trim();
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`${browser.envVar}=${chosen} does not exist: point it at a ${browser.name} executable.`);
    return chosen;
  }
  return browser.paths.find((p) => existsSync(p)) ?? null;
}

export function ensureBrowser(browser: SystemBrowser): string {
  const found = findBrowser(browser);
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${browser.debianPackage}`], { stdio: 'inherit' });
    const installed = findBrowser(browser);
    if (installed) return installed;
  }
  throw new Error(
    `No ${browser.name} found in ${browser.paths.join(', ')}: install one (Debian: apt-get install ${browser.debianPackage}) or set ${browser.envVar}, then run the e2e tests.`,
  );
}
