// Gathers a reply sentence's audio chunks until the last one, so each sentence plays as one
// clip with one alignment. Offline voice sends no bytes: the browser then speaks the text.
import { normaliseAlignment, type AudioEvent } from './server-events';
import type { Utterance } from './speaker';
import type { CharacterAlignment } from './visemes';

export function createSentenceAssembler(toUrl: (bytes: Uint8Array[], mimeType: string) => string = blobUrl) {
  const pending = new Map<string, AudioEvent[]>();

  /** Returns the sentence to say once its final chunk has arrived. */
  return function add(event: AudioEvent): Utterance | null {
    const key = `${event.turnId}:${event.sentenceIndex}`;
    const chunks = [...(pending.get(key) ?? []), event];
    if (!event.final) {
      pending.set(key, chunks);
      return null;
    }
    pending.delete(key);
    chunks.sort((a, b) => a.chunkIndex - b.chunkIndex);
    const alignment = mergeAlignments(chunks);
    const bytes = chunks.filter((c) => c.data).map((c) => base64ToBytes(c.data));
    return {
      text: chunks.map((c) => c.text).find((text) => text) ?? '',
      src: bytes.length ? toUrl(bytes, event.mimeType) : undefined,
      alignment,
    };
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
