// Collects one audio turn's binary frames between turn.audio.start and turn.audio.end, refusing
// more than MAX_AUDIO_BYTES so a client cannot fill the server's memory.
import { MAX_AUDIO_BYTES } from '../../shared/ws';

export class AudioUpload {
  private readonly parts: Buffer[] = [];
  private bytes = 0;

  constructor(
    readonly mimeType: string,
    readonly clientTurnId?: string,
  ) {}

  /** Adds a frame; false when the recording would grow past the limit. */
  add(frame: Buffer): boolean {
    if (this.bytes + frame.length > MAX_AUDIO_BYTES) return false;
    this.parts.push(frame);
    this.bytes += frame.length;
    return true;
  }

  get size() {
    return this.bytes;
  }

  audio(): Uint8Array {
    return Buffer.concat(this.parts);
  }
}

/** A WebSocket binary payload as a Buffer (node-ws hands over Buffer, ArrayBuffer or Blob). */
export async function toBuffer(data: unknown): Promise<Buffer | null> {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof Blob !== 'undefined' && data instanceof Blob) return Buffer.from(await data.arrayBuffer());
  return null;
}
