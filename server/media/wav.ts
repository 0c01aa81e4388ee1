// The format a WAV file declares in its `fmt ` chunk, so a recording the pronunciation vendor
// would misread (another rate, stereo, float) is refused with a clear answer instead.
export interface WavFormat {
  /** 1 = integer PCM. */
  audioFormat: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
}

export function readWavFormat(bytes: Uint8Array): WavFormat | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < 12 || data.toString('ascii', 0, 4) !== 'RIFF' || data.toString('ascii', 8, 12) !== 'WAVE') return null;
  for (let offset = 12; offset + 8 <= data.length; ) {
    const size = data.readUInt32LE(offset + 4);
    if (data.toString('ascii', offset, offset + 4) === 'fmt ') {
      if (size < 16 || offset + 24 > data.length) return null;
      return {
        audioFormat: data.readUInt16LE(offset + 8),
        channels: data.readUInt16LE(offset + 10),
        sampleRate: data.readUInt32LE(offset + 12),
        bitsPerSample: data.readUInt16LE(offset + 22),
      };
    }
    offset += 8 + size + (size % 2);
  }
  return null;
}
