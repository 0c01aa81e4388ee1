// Parses what the conversation socket sends. The shared ServerEvent union is authoritative; the
// pipeline adds events (transcript, audio, avatar.video, notice) that are parsed loosely here,
// and anything else is ignored so a newer server never breaks an older panel.
import { z } from 'zod';
import { ServerEvent } from '../../shared/ws';
import type { CharacterAlignment } from './visemes';

const numbers = z.array(z.number());

const Alignment = z.union([
  z.object({ chars: z.array(z.string()), startsMs: numbers, endsMs: numbers }),
  z.object({
    characters: z.array(z.string()),
    character_start_times_seconds: numbers,
    character_end_times_seconds: numbers,
  }),
]);

const TranscriptEvent = z.looseObject({
  type: z.literal('transcript'),
  text: z.string(),
  final: z.boolean().optional(),
  messageId: z.string().optional(),
  turnId: z.string().optional(),
});
const AudioEvent = z.looseObject({
  type: z.literal('audio'),
  turnId: z.string().optional(),
  messageId: z.string().optional(),
  text: z.string().optional(),
  /** Base64 audio bytes, or a URL; neither when the browser is to speak the text itself. */
  data: z.string().optional(),
  url: z.string().optional(),
  mimeType: z.string().optional(),
  alignment: Alignment.optional(),
});
const AvatarVideoEvent = z.looseObject({
  type: z.literal('avatar.video'),
  messageId: z.string().optional(),
  url: z.string(),
});
const NoticeEvent = z.looseObject({ type: z.literal('notice'), message: z.string(), code: z.string().optional() });

export type TranscriptEvent = z.infer<typeof TranscriptEvent>;
export type AudioEvent = z.infer<typeof AudioEvent>;
export type AvatarVideoEvent = z.infer<typeof AvatarVideoEvent>;
export type NoticeEvent = z.infer<typeof NoticeEvent>;
export type PanelEvent = ServerEvent | TranscriptEvent | AudioEvent | AvatarVideoEvent | NoticeEvent;

const extras = [TranscriptEvent, AudioEvent, AvatarVideoEvent, NoticeEvent] as const;

export function parseServerEvent(raw: string): PanelEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const known = ServerEvent.safeParse(json);
  if (known.success) return known.data;
  for (const schema of extras) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function normaliseAlignment(alignment: z.infer<typeof Alignment>): CharacterAlignment {
  if ('chars' in alignment) return alignment;
  return {
    chars: alignment.characters,
    startsMs: alignment.character_start_times_seconds.map((s) => s * 1000),
    endsMs: alignment.character_end_times_seconds.map((s) => s * 1000),
  };
}
