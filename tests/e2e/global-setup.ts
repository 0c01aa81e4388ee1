// Before the end-to-end suite: make sure a Chromium exists and build the extension it loads.
// NODE_ENV is forced: vitest sets it to "test", which would bundle React's development build.
import { execFileSync } from 'node:child_process';
import { ensureChromium } from './support/chromium';

export default function setup(): void {
  ensureChromium();
  execFileSync('node_modules/.bin/wxt', ['build'], { stdio: 'pipe', env: { ...process.env, NO_COLOR: '1', NODE_ENV: 'production' } });
}
