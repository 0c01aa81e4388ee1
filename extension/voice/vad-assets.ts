// The Silero VAD v5 model hands-free voice detection loads at run time, copied from
// @ricky0123/vad-web into the extension's `vad/` folder by the build (wxt.config.ts).
// (onnxruntime-web's WebAssembly is emitted by the bundler itself, next to the lazy chunk that
// imports it.) No imports: the build config reads this too.
export const VAD_ASSETS = {
  model: { file: 'vad/silero_vad_v5.onnx', from: '@ricky0123/vad-web/dist/silero_vad_v5.onnx' },
} as const;
