// WXT build of the extension (srcDir `extension`). Chrome MV3 first; `wxt build -b firefox`
// builds an MV2 package where the side panel becomes Firefox's sidebar.
import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { zodWithoutJsonSchema } from './extension/build/zod-without-json-schema';
import { createRequire } from 'node:module';
import { VAD_ASSETS } from './extension/voice/vad-assets';

const require = createRequire(import.meta.url);
/** onnxruntime-web compiles its WebAssembly in the side panel (hands-free voice detection). */
const SCRIPT_SRC = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/module-react'],
  // No modulepreload polyfill: every browser the extension runs in (Chrome 88+ for MV3, Firefox 115+)
  // preloads modules natively, and the side panel's JavaScript budget is tight.
  hooks: {
    // Silero VAD's model and onnxruntime's WebAssembly, loaded by URL when hands-free starts.
    'build:publicAssets': (_wxt, files) => {
      for (const asset of Object.values(VAD_ASSETS)) files.push({ absoluteSrc: require.resolve(asset.from), relativeDest: asset.file });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      for (const asset of Object.values(VAD_ASSETS)) paths.push(asset.file);
    },
  },
  vite: () => ({ plugins: [tailwindcss(), zodWithoutJsonSchema()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'tabs',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The default server runs on this machine; another server URL is asked for in the options page.
    content_security_policy: browser === 'firefox' ? SCRIPT_SRC : { extension_pages: SCRIPT_SRC },
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'VideoEngAI' },
    commands: {
      'practice-selection': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_practiceCommand__',
      },
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_openPanelCommand__',
      },
    },
  }),
});
