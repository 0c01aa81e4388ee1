// Gathers a reply sentence's audio chunks until the last one, so each sentence plays as one
// clip with one alignment, and hands sentences over in sentence order even if a later one is
// complete first. Offline voice sends no bytes: the browser then speaks the text.
import { normaliseAlignment, type AudioEvent } from '../conversation/server-events';
import type { Utterance } from './speaker';
import type { CharacterAlignment } from './visemes';

export function createSentenceAssembler(toUrl: (bytes: Uint8Array[], mimeType: string) => string = blobUrl) {
  const pending = new Map<string, AudioEvent[]>();
  /** Per turn: the next sentence to hand over, and finished sentences waiting for it. */
  const turns = new Map<string, { next: number; ready: Map<number, Utterance> }>();

  /** Returns the sentences that can be said now, in order. */
  return function add(event: AudioEvent): Utterance[] {
    const key = `${event.turnId}:${event.sentenceIndex}`;
    const chunks = [...(pending.get(key) ?? []), event];
    if (!event.final) {
      pending.set(key, chunks);
      return [];
    }
    pending.delete(key);
    const turn = turns.get(event.turnId) ?? { next: 0, ready: new Map() };
    turns.set(event.turnId, turn);
    turn.ready.set(event.sentenceIndex, toUtterance(chunks, event.mimeType, toUrl));
    const out: Utterance[] = [];
    for (let next = turn.ready.get(turn.next); next; next = turn.ready.get(turn.next)) {
      out.push(next);
      turn.ready.delete(turn.next);
      turn.next += 1;
    }
    return out;
  };
}

function toUtterance(chunks: AudioEvent[], mimeType: string, toUrl: (bytes: Uint8Array[], mimeType: string) => string): Utterance {
  chunks.sort((a, b) => a.chunkIndex - b.chunkIndex);
  const bytes = chunks.filter((c) => c.data).map((c) => base64ToBytes(c.data));
  return {
    text: chunks.map((c) => c.text).find((text) => text) ?? '',
    src: bytes.length ? toUrl(bytes, mimeType) : undefined,
    alignment: mergeAlignments(chunks),
  };
}

function mergeAlignments(chunks: readonly AudioEvent[]): CharacterAlignment | undefined {
  const parts = chunks.flatMap((c) => (c.alignment ? [normaliseAlignment(c.alignment)] : []));
  if (parts.length <= 1) return parts[0];
  const merged: CharacterAlignment = { chars: [], startsMs: [], endsMs: [] };
  let offset = 0;
  for (const part of parts) {
    // Chunk timings may restart at zero; shift them to follow the previous chunk.
    const shift = (part.startsMs[0] ?? 0) < offset ? offset : 0;
    merged.chars.push(...part.chars);
    merged.startsMs.push(...part.startsMs.map((t) => t + shift));
    merged.endsMs.push(...part.endsMs.map((t) => t + shift));
    offset = merged.endsMs.at(-1) ?? offset;
  }
  return merged;
}

function base64ToBytes(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function blobUrl(bytes: Uint8Array[], mimeType: string): string {
  return URL.createObjectURL(new Blob(bytes as BlobPart[], { type: mimeType }));
}
