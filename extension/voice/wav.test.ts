import { describe, expect, it } from 'vitest';
import { encodeWav, wavAttemptAudio } from './wav';
import { readWavFormat } from '../../server/media/riff-wav';
import { AttemptAudio } from '../../shared/phrases';

describe('the practice recording as WAV', () => {
  it('writes a 16-bit mono PCM header the server accepts', () => {
    const wav = encodeWav(new Float32Array(16_000), 16_000);
    const view = new DataView(wav.buffer);
    const ascii = (from: number, to: number) => String.fromCharCode(...wav.subarray(from, to));
    expect(wav.length).toBe(44 + 32_000);
    expect([ascii(0, 4), ascii(8, 16), ascii(36, 40)]).toEqual(['RIFF', 'WAVEfmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(36 + 32_000);
    expect(view.getUint32(28, true)).toBe(32_000); // byte rate
    expect(view.getUint16(32, true)).toBe(2); // block align
    expect(view.getUint32(40, true)).toBe(32_000);
    expect(readWavFormat(wav)).toEqual({ audioFormat: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 16, byteRate: 32_000 });
  });

  it('turns samples in [-1, 1] into 16-bit integers and clips the rest', () => {
    const wav = encodeWav(Float32Array.from([0, 1, -1, 0.5, -0.5, 2, -3]), 16_000);
    const samples = Array.from({ length: 7 }, (_, i) => new DataView(wav.buffer).getInt16(44 + i * 2, true));
    expect(samples).toEqual([0, 32767, -32768, 16384, -16384, 32767, -32768]);
  });

  it('sends the file as base64 in the attempt body', () => {
    const wav = encodeWav(Float32Array.from({ length: 40_000 }, (_, i) => Math.sin(i / 10)), 16_000);
    const audio = wavAttemptAudio(wav);
    expect(AttemptAudio.parse(audio)).toEqual(audio);
    expect(audio.mimeType).toBe('audio/wav');
    expect(new Uint8Array(Buffer.from(audio.data, 'base64'))).toEqual(wav);
  });
});
