// The Chromium of the end-to-end suite: CHROMIUM_PATH, else the usual system paths (see system-browser.ts).
import { ensureBrowser, type SystemBrowser } from './system-browser';

const CHROMIUM: SystemBrowser = {
  name: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  debianPackage: 'chromium',
};

export const ensureChromium = (): string => ensureBrowser(CHROMIUM);
