// Silero VAD as the hands-free speech detector: vad-web's frame processor (thresholds, redemption
// time before the end, minimum speech) over the model's per-frame speech probability. The model is
// passed in: the panel loads it with onnxruntime-web from extension resources, the endpointing
// bench from the npm package in Node.
import { FrameProcessor, type FrameProcessorEvent } from '@ricky0123/vad-web/dist/frame-processor';
import { Message } from '@ricky0123/vad-web/dist/messages';
import type { SpeechProbabilities } from '@ricky0123/vad-web/dist/models/common';
import { ENDPOINT_VAD_OPTIONS } from './endpointing';
import { FRAME_MS } from './pcm-frames';
import type { SpeechDetector, SpeechEvent } from './speech-detector';

/** The part of a Silero model the detector runs: one frame's probability, and a fresh state. */
export interface SpeechModel {
  process: (frame: Float32Array) => Promise<SpeechProbabilities>;
  reset_state: () => void;
}

const EVENTS: Partial<Record<Message, SpeechEvent>> = {
  [Message.SpeechStart]: 'start',
  [Message.SpeechRealStart]: 'confirmed',
  [Message.VADMisfire]: 'misfire',
  [Message.SpeechEnd]: 'end',
};

export function createSileroDetector(model: SpeechModel, options = ENDPOINT_VAD_OPTIONS): SpeechDetector {
  const processor = new FrameProcessor(model.process, model.reset_state, options, FRAME_MS);
  processor.resume();
  return {
    kind: 'silero',
    async process(frame) {
      const events: SpeechEvent[] = [];
      await processor.process(frame, (event: FrameProcessorEvent) => {
        const mapped = EVENTS[event.msg];
        if (mapped) events.push(mapped);
      });
      // The processor counts quiet frames while speaking toward its redemption time: the first one
      // is where the learner stopped (it starts again from zero when speech comes back).
      if (processor.speaking && processor.redemptionCounter === 1) events.push('pause');
      return events;
    },
  };
}

