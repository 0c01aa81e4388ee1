// WXT build of the extension (srcDir `extension`). Chrome MV3 first; `wxt build -b firefox`
// builds an MV2 package where the side panel becomes Firefox's sidebar.
import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/module-react'],
  // No modulepreload polyfill: every browser the extension runs in (Chrome 88+ for MV3, Firefox 115+)
  // preloads modules natively, and the side panel's JavaScript budget is tight.
  vite: () => ({ plugins: [tailwindcss()], build: { modulePreload: { polyfill: false } } }),
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
