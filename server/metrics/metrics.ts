// What the server measures, as one interface: handlers and the pipeline record through it and
// never see prom-client. Labels are bounded sets (route patterns, stages, vendor names): never a
// user, session or message id, never content.
import type { Providers } from '../providers/types';

export type TurnStage = 'stt' | 'llm_first_token' | 'tts_first_byte' | 'time_to_first_audio' | 'turn';
/** `stream`: an audio turn streamed while the learner spoke. */
export type TurnInputKind = 'text' | 'audio' | 'stream';
type Capability = keyof Providers;

export interface Metrics {
  /** `route` is the matched pattern (/api/conversations/sessions/:id), never the raw path. */
  httpRequest(labels: { method: string; route: string; status: number }, durationMs: number): void;
  turnStage(stage: TurnStage, input: TurnInputKind, durationMs: number): void;
  /** A failed vendor attempt (retried or followed by the offline fallback). */
  vendorError(vendor: string, capability: Capability): void;
  vendorFallback(vendor: string, capability: Capability): void;
  /**
   * A tutor reply started on a streamed turn's interim transcript, when the final came: kept (the
   * same words) or discarded (they differed, and the reply started again on the final text).
   */
  earlyReply(outcome: 'kept' | 'discarded'): void;
  /** A turn refused before its ack because the process was at MAX_TURNS_IN_FLIGHT. */
  turnRefusedBusy(): void;
  webSocketOpened(): void;
  webSocketClosed(): void;
  /** Reads the job queue's depth at each scrape; the queue's owner wires it (last call wins). */
  trackQueueDepth(read: () => number | Promise<number>): void;
  /** The Prometheus text exposition of every metric. */
  exposition(): Promise<{ contentType: string; body: string }>;
}
