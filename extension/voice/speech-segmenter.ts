// Cuts the microphone's frames into spoken turns for hands-free mode: frames go through the
// detector in order (it is asynchronous, the model runs in WebAssembly); a turn opens when speech
// is confirmed, with the pre-roll (the frames from ~300 ms before the first speech frame), then
// gets every frame live until the detector hears the end.
import { createPreRoll } from './pre-roll';
import type { SpeechDetector } from './speech-detector';

export interface SpeechSegmenterOptions {
  detector: SpeechDetector;
  preRollFrames: number;
  /** The detector heard what may be speech (a recorder can start now, before it is confirmed). */
  onSpeechStart?: () => void;
  /** It was only a noise. */
  onMisfire?: () => void;
  /** Speech is confirmed: the turn opens with the frames that came before and during its start. */
  onTurnStart: (preRoll: Float32Array[]) => void;
  /** A frame of the open turn. */
  onFrame: (frame: Float32Array) => void;
  /** The learner stopped speaking; the turn goes on until the detector hears its end. */
  onPause?: () => void;
  onTurnEnd: () => void;
  onError: (error: unknown) => void;
}

export interface SpeechSegmenter {
  feed: (frame: Float32Array) => void;
  /** Resolves when every frame fed so far has been read. */
  idle: () => Promise<void>;
  readonly inTurn: boolean;
}

export function createSpeechSegmenter(options: SpeechSegmenterOptions): SpeechSegmenter {
  const { detector, onTurnStart, onFrame, onTurnEnd } = options;
  // One more than the pre-roll: the frame being read, which may be the first speech frame, is in it.
  const preRoll = createPreRoll<Float32Array>(options.preRollFrames + 1);
  let inTurn = false;
  let failed = false;
  let queue = Promise.resolve();

  async function read(frame: Float32Array): Promise<void> {
    if (inTurn) onFrame(frame);
    else preRoll.push(frame);
    for (const event of await detector.process(frame)) {
      if (event === 'start' && !inTurn) {
        preRoll.hold();
        options.onSpeechStart?.();
      } else if (event === 'misfire' && !inTurn) {
        preRoll.release();
        options.onMisfire?.();
      }
      else if (event === 'confirmed' && !inTurn) {
        inTurn = true;
        onTurnStart(preRoll.drain());
      } else if (event === 'pause' && inTurn) {
        options.onPause?.();
      } else if (event === 'end' && inTurn) {
        inTurn = false;
        onTurnEnd();
      }
    }
  }

  return {
    get inTurn() {
      return inTurn;
    },
    feed(frame) {
      if (failed) return;
      queue = queue.then(() => read(frame)).catch((error: unknown) => {
        failed = true;
        options.onError(error);
      });
    },
    idle: () => queue,
  };
}
