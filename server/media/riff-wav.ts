// The one RIFF/WAV reader and writer: the format a WAV file declares in its `fmt ` chunk and where
// its samples are, read from the header without decoding anything (the pronunciation route refuses
// a recording the vendor would misread: another rate, stereo, float; the audio limits read its
// length); and raw mono PCM16 wrapped as a WAV file (a streamed turn's audio, as the batch
// transcription and the learner's stored recording take it).
export interface WavFormat {
  /** 1 = integer PCM. */
  audioFormat: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  byteRate: number;
}

export interface WavLayout {
  format: WavFormat | null;
  /** Where the `data` chunk's samples start, or null when there is no data chunk. */
  dataOffset: number | null;
  /** The bytes of samples actually present (a streamed WAV may declare 0 or 0xFFFFFFFF). */
  dataBytes: number;
}

export function readWavLayout(bytes: Uint8Array): WavLayout | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < 12 || data.toString('ascii', 0, 4) !== 'RIFF' || data.toString('ascii', 8, 12) !== 'WAVE') return null;
  let format: WavFormat | null = null;
  for (let offset = 12; offset + 8 <= data.length; ) {
    const id = data.toString('ascii', offset, offset + 4);
    const size = data.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      if (size < 16 || offset + 24 > data.length) return { format: null, dataOffset: null, dataBytes: 0 };
      format = {
        audioFormat: data.readUInt16LE(offset + 8),
        channels: data.readUInt16LE(offset + 10),
        sampleRate: data.readUInt32LE(offset + 12),
        byteRate: data.readUInt32LE(offset + 16),
        bitsPerSample: data.readUInt16LE(offset + 22),
      };
    }
    if (id === 'data') {
      const available = data.length - (offset + 8);
      const declared = size === 0 || size === 0xffffffff ? available : size;
      return { format, dataOffset: offset + 8, dataBytes: Math.min(declared, available) };
    }
    offset += 8 + size + (size % 2);
  }
  return { format, dataOffset: null, dataBytes: 0 };
}

export function readWavFormat(bytes: Uint8Array): WavFormat | null {
  return readWavLayout(bytes)?.format ?? null;
}

/** A RIFF/WAVE file around mono 16-bit little-endian PCM. */
export function wavFromPcm16(pcm: Uint8Array, sampleRate: number): Uint8Array {
  const file = Buffer.alloc(44 + pcm.length);
  file.write('RIFF', 0, 'ascii');
  file.writeUInt32LE(36 + pcm.length, 4);
  file.write('WAVE', 8, 'ascii');
  file.write('fmt ', 12, 'ascii');
  file.writeUInt32LE(16, 16);
  file.writeUInt16LE(1, 20); // integer PCM
  file.writeUInt16LE(1, 22); // mono
  file.writeUInt32LE(sampleRate, 24);
  file.writeUInt32LE(sampleRate * 2, 28);
  file.writeUInt16LE(2, 32);
  file.writeUInt16LE(16, 34);
  file.write('data', 36, 'ascii');
  file.writeUInt32LE(pcm.length, 40);
  file.set(pcm, 44);
  return file;
}
