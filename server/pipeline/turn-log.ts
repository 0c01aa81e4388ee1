// Numbers, delivers and records the events of each turn. Events reach the session's sockets at
// once; they are written to the TurnEvent table in batches (never on the hot path), and kept in
// memory while the turn is live so that a client reconnecting mid-turn gets the rest of it.
import { randomUUID } from 'node:crypto';
import type { ServerEvent } from '../../shared/ws';
import type { Prisma } from '../db/client';
import type { SessionHub } from '../realtime/session-hub';
import { insertTurnEvents } from './turn-store';

type Unscoped<E> = E extends unknown ? Omit<E, 'turnId' | 'seq'> : never;
export type TurnEventInput = Unscoped<ServerEvent>;

/**
 * Audio bytes are not stored twice: the reply's whole audio is kept as a file (the message's
 * audioUrl), so a turn replayed from the database has its audio events without `data`. A turn
 * still in memory (live, or finished in the last minutes) replays with every byte.
 */
function storedForm(event: ServerEvent): ServerEvent {
  return event.type === 'audio' && event.data.length > 0 ? { ...event, data: '' } : event;
}

/** How long a finished turn stays in memory for late events (avatar video) and quick resumes. */
const KEEP_FINISHED_MS = 5 * 60_000;

export class TurnRecording {
  readonly turnId = randomUUID();
  private readonly events: ServerEvent[] = [];
  private flushed = 0;
  private writing: Promise<void> = Promise.resolve();
  complete = false;

  constructor(
    readonly sessionId: string,
    private readonly prisma: Prisma,
    private readonly hub: SessionHub,
  ) {}

  /** Numbers the event and delivers it; `broadcast` also reaches other server processes. */
  emit(event: TurnEventInput, options: { broadcast?: boolean } = {}): ServerEvent {
    const full = { ...event, turnId: this.turnId, seq: this.events.length } as ServerEvent;
    this.events.push(full);
    if (options.broadcast) this.hub.broadcast(this.sessionId, full);
    else this.hub.publish(this.sessionId, full);
    return full;
  }

  eventsAfter(seq: number): ServerEvent[] {
    return this.events.slice(seq + 1);
  }

  get lastSeq() {
    return this.events.length - 1;
  }

  /**
   * Writes the events not yet stored; calls are chained so rows land in order, once. A failed
   * write (database down) leaves them pending for the next flush.
   */
  flush(): Promise<void> {
    const run = this.writing.then(async () => {
      const pending = this.events.slice(this.flushed);
      if (pending.length === 0) return;
      await insertTurnEvents(this.prisma, this.sessionId, this.turnId, pending.map(storedForm));
      this.flushed += pending.length;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }
}

export class TurnLog {
  private readonly live = new Map<string, TurnRecording>();

  constructor(
    private readonly prisma: Prisma,
    private readonly hub: SessionHub,
  ) {}

  start(sessionId: string): TurnRecording {
    const recording = new TurnRecording(sessionId, this.prisma, this.hub);
    this.live.set(recording.turnId, recording);
    return recording;
  }

  /** Marks a turn done and stores its events; it stays in memory a while for late events. */
  async finish(recording: TurnRecording): Promise<void> {
    recording.complete = true;
    // With the database down the events stay in memory (a reconnecting client still gets them)
    // and are written with the turn's next flush; the turn itself has already said what failed.
    await recording.flush().catch(() => undefined);
    setTimeout(() => this.live.delete(recording.turnId), KEEP_FINISHED_MS).unref();
  }

  liveTurn(turnId: string): TurnRecording | undefined {
    return this.live.get(turnId);
  }

  /** The events of a session's turn after `afterSeq`, from memory or from the database. */
  async replay(sessionId: string, turnId: string, afterSeq: number) {
    const recording = this.live.get(turnId);
    if (recording) {
      if (recording.sessionId !== sessionId) return null;
      return { events: recording.eventsAfter(afterSeq), lastSeq: recording.lastSeq, complete: recording.complete };
    }
    const rows = await this.prisma.turnEvent.findMany({
      where: { sessionId, turnId, seq: { gt: afterSeq } },
      orderBy: { seq: 'asc' },
    });
    const last = await this.prisma.turnEvent.findFirst({ where: { sessionId, turnId }, orderBy: { seq: 'desc' }, select: { seq: true } });
    if (!last) return null;
    // Turns are stored when they finish, so a turn found only in the database is complete.
    return { events: rows.map((row) => row.payload as unknown as ServerEvent), lastSeq: last.seq, complete: true };
  }
}
