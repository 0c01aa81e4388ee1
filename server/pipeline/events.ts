// Numbering of one turn's events: every server event of a turn carries the turn id and a
// sequence number, so a client can order them and (later) ask for the ones it missed.
import { randomUUID } from 'node:crypto';
import type { ServerEvent } from '../../shared/ws';

type Unscoped<E> = E extends unknown ? Omit<E, 'turnId' | 'seq'> : never;
export type TurnEventInput = Unscoped<ServerEvent>;

export type EmitEvent = (event: ServerEvent) => void;

export function createTurnEmitter(emit: EmitEvent, turnId: string = randomUUID()) {
  let seq = 0;
  return {
    turnId,
    emit(event: TurnEventInput) {
      emit({ ...event, turnId, seq: seq++ } as ServerEvent);
    },
  };
}
