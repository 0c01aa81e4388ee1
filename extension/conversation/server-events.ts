// Parses what the conversation socket sends with the shared ServerEvent schema; anything that
// does not parse (a newer server's event, a malformed frame) is ignored rather than fatal.
import { ServerEvent, type AlignmentSchema } from '../../shared/ws';
import type { z } from 'zod';
import type { CharacterAlignment } from '../voice/visemes';

export type PanelEvent = ServerEvent;
export type AudioEvent = Extract<ServerEvent, { type: 'audio' }>;

export function parseServerEvent(raw: string): PanelEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = ServerEvent.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function normaliseAlignment(alignment: z.infer<typeof AlignmentSchema>): CharacterAlignment {
  return {
    chars: alignment.characters,
    startsMs: alignment.startTimesSec.map((s) => s * 1000),
    endsMs: alignment.endTimesSec.map((s) => s * 1000),
  };
}
