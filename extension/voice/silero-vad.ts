// Loads Silero VAD for hands-free end of turn: the model (an extension resource copied from
// @ricky0123/vad-web) and onnxruntime-web's WebAssembly (emitted by the bundler beside this chunk).
// Imported lazily, when hands-free starts: neither is part of the side panel's first load.
import * as ort from 'onnxruntime-web/wasm';
import { Silero } from '@ricky0123/vad-web/dist/models/silero';
import type { Model } from '@ricky0123/vad-web/dist/models/common';
import { browser } from 'wxt/browser';
import { createSileroDetector } from './silero-detector';
import type { SpeechDetector } from './speech-detector';
import { VAD_ASSETS } from './vad-assets';

let loaded: Promise<Model> | null = null;

function loadModel(): Promise<Model> {
  // Extension pages are not cross-origin isolated: no SharedArrayBuffer, so no worker threads.
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const modelUrl = browser.runtime.getURL(`/${VAD_ASSETS.model.file}`);
  return Silero.new(ort, async () => {
    const response = await fetch(modelUrl);
    if (!response.ok) throw new Error(`The voice detector's model did not load (${response.status})`);
    return response.arrayBuffer();
  });
}

/** A detector with a fresh state for each hands-free session; the model loads once. */
export async function loadSileroDetector(): Promise<SpeechDetector> {
  loaded ??= loadModel().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return createSileroDetector(await loaded);
}
