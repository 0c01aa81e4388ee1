// The Firefox ESR of the Firefox end-to-end file: FIREFOX_PATH, else Debian's (see system-browser.ts).
import { ensureBrowser, type SystemBrowser } from './system-browser';

const FIREFOX_ESR: SystemBrowser = { name: 'Firefox ESR', envVar: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr'], debianPackage: 'firefox-esr' };

export const ensureFirefox = (): string => ensureBrowser(FIREFOX_ESR);
