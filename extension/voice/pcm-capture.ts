// Captures the open microphone as 16 kHz PCM frames through an AudioWorklet (pcm-tap.worklet.js,
// an extension resource): the streamed turn's audio and what the voice-activity detector reads.
import { browser } from 'wxt/browser';
import { createResampler } from './pcm-frames';

/** Starts capturing; resolves to the function that stops it. */
export type CapturePcm = (stream: MediaStream, onFrame: (frame: Float32Array) => void) => Promise<() => void>;

export const capturePcm: CapturePcm = async (stream, onFrame) => {
  const context = new AudioContext();
  try {
    await context.audioWorklet.addModule(browser.runtime.getURL('/pcm-tap.worklet.js'));
  } catch (error) {
    void context.close();
    throw error;
  }
  const source = context.createMediaStreamSource(stream);
  const tap = new AudioWorkletNode(context, 'pcm-tap');
  const resampler = createResampler(context.sampleRate);
  tap.port.onmessage = (event: MessageEvent<ArrayBuffer>) => {
    for (const frame of resampler.push(new Float32Array(event.data))) onFrame(frame);
  };
  source.connect(tap);
  // A context made after an await may start suspended; the learner's click allowed audio.
  void context.resume();
  return () => {
    tap.port.onmessage = null;
    tap.port.postMessage('stop');
    source.disconnect();
    void context.close();
  };
};
