// Loads Silero VAD (the model, an extension resource copied from @ricky0123/vad-web, and
// onnxruntime-web's WebAssembly, which the bundler emits beside this chunk) for hands-free end of turn. Imported lazily, when hands-free
// starts: neither the runtime nor the model is part of the side panel's first load.
import * as ort from 'onnxruntime-web/wasm';
import { Silero } from '@ricky0123/vad-web/dist/models/silero';
import { browser } from 'wxt/browser';
import { createSileroDetector } from './silero-detector';
import type { SpeechDetector } from './speech-detector';
import { VAD_ASSETS } from './vad-assets';

export async function loadSileroDetector(): Promise<SpeechDetector> {
  // Extension pages are not cross-origin isolated: no SharedArrayBuffer, so no worker threads.
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const modelUrl = browser.runtime.getURL(`/${VAD_ASSETS.model.file}`);
  const model = await Silero.new(ort, async () => {
    const response = await fetch(modelUrl);
    if (!response.ok) throw new Error(`The voice detector's model did not load (${response.status})`);
    return response.arrayBuffer();
  });
  return createSileroDetector(model);
}
