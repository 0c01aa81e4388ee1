// Offline speech recognition runs in the browser (Web Speech API), which sends the text itself;
// audio that reaches the server without a live STT vendor cannot be transcribed.
import { ProviderError } from '../errors';
import type { SttProvider } from '../types';

export function createOfflineStt(): SttProvider {
  return {
    name: 'browser',
    live: false,
    async transcribe() {
      throw new ProviderError(
        'browser',
        'offline speech recognition happens in the browser, which sends text; send the transcript as a text turn',
        false,
      );
    },
  };
}
