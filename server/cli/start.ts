// npm start: build the extension into .output/chrome-mv3, say how to load it, then run the
// server (which applies migrations to the embedded database on start).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const extensionDir = path.join(root, '.output', 'chrome-mv3');

console.log('Building the browser extension…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status === 0) {
  console.log(`
The extension is built in ${extensionDir}
To load it in Chrome: open chrome://extensions, switch on "Developer mode",
click "Load unpacked" and choose that folder. Then open any article and click the toolbar button.
`);
} else {
  console.error('The extension did not build (see above); starting the server anyway.');
}

await import('../main');
