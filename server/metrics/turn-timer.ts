// The stage timings of one turn, taken with a timestamp at each boundary (nothing allocated per
// token). Every duration starts from a moment the pipeline marks; time to first audio starts when
// the turn starts, i.e. when the learner's text arrived or their recording ended.
import type { TurnStage } from './metrics';

export class TurnTimer {
  /** Milliseconds per stage; a stage the turn never reached (no audio, no speech) is absent. */
  readonly stagesMs: Partial<Record<TurnStage, number>> = {};
  private readonly startedAt = performance.now();
  private sttFrom = 0;
  private llmFrom = 0;
  private ttsFrom = 0;
  private awaitingToken = false;
  private awaitingAudio = true;

  sttStarted() {
    this.sttFrom = performance.now();
  }

  sttFinished() {
    this.stagesMs.stt = performance.now() - this.sttFrom;
  }

  llmStarted() {
    this.llmFrom = performance.now();
    this.awaitingToken = true;
  }

  /** Called for every piece of the reply; only the first one is timed. */
  llmPiece() {
    if (!this.awaitingToken) return;
    this.awaitingToken = false;
    this.stagesMs.llm_first_token = performance.now() - this.llmFrom;
  }

  /** The first sentence went to speech synthesis. */
  ttsStarted() {
    if (this.ttsFrom === 0) this.ttsFrom = performance.now();
  }

  /** Called for every audio event; the first one ends tts_first_byte and time_to_first_audio. */
  audioSent() {
    if (!this.awaitingAudio) return;
    this.awaitingAudio = false;
    const now = performance.now();
    this.stagesMs.time_to_first_audio = now - this.startedAt;
    if (this.ttsFrom !== 0) this.stagesMs.tts_first_byte = now - this.ttsFrom;
  }

  finish(): Partial<Record<TurnStage, number>> {
    this.stagesMs.turn = performance.now() - this.startedAt;
    return this.stagesMs;
  }
}
