// Reads the microphone's level with the Web Audio API (an AnalyserNode's time-domain samples,
// ~30 times a second) for the voice-activity detector. Polled with a timer rather than
// requestAnimationFrame, which stops while the panel is hidden.
import { rmsOf } from './voice-activity';

export type LevelWatcher = (stream: MediaStream, onLevel: (rms: number, atMs: number) => void) => () => void;

export const watchMicLevel: LevelWatcher = (stream, onLevel) => {
  const context = new AudioContext();
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    onLevel(rmsOf(samples), performance.now());
  }, 30);
  return () => {
    clearInterval(timer);
    source.disconnect();
    void context.close();
  };
};
