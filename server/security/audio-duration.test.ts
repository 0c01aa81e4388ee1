import { describe, expect, it } from 'vitest';
import { sinePcm16, wavFile } from '../../tests/fakes/audio';
import { estimateAudioSeconds } from './audio-duration';

function webmWithClusters(timecodesMs: number[], bytesPerCluster: number): Uint8Array {
  const parts = [Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80])];
  for (const ms of timecodesMs) {
    const cluster = Buffer.alloc(4 + 8 + 4 + bytesPerCluster);
    cluster.set([0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 0);
    cluster.set([0xe7, 0x82], 12);
    cluster.writeUInt16BE(ms, 14);
    parts.push(cluster);
  }
  return Buffer.concat(parts);
}

function oggEndingAt(granule: number, bytes: number): Uint8Array {
  const audio = Buffer.alloc(bytes);
  const page = Buffer.alloc(27);
  page.write('OggS', 0, 'ascii');
  page.writeBigInt64LE(BigInt(granule), 6);
  page.copy(audio, bytes - 27 - 100);
  return audio;
}

describe('estimateAudioSeconds', () => {
  it('reads a WAV header exactly', () => {
    expect(estimateAudioSeconds(wavFile(sinePcm16(3, 16_000), 16_000), 'audio/wav')).toBeCloseTo(3, 2);
    expect(estimateAudioSeconds(wavFile(sinePcm16(2, 48_000), 48_000), 'audio/wav')).toBeCloseTo(2, 2);
  });

  it('reads the last Ogg granule position (48 kHz Opus)', () => {
    expect(estimateAudioSeconds(oggEndingAt(48_000 * 12, 20_000), 'audio/ogg;codecs=opus')).toBeCloseTo(12, 1);
  });

  it('reads the last WebM cluster timecode, plus its tail', () => {
    const seconds = estimateAudioSeconds(webmWithClusters([0, 5000, 10_000], 4000), 'audio/webm;codecs=opus');
    expect(seconds).toBeGreaterThan(10);
    expect(seconds).toBeLessThan(11);
  });

  it('never goes below the high-bitrate floor, so a forged or missing header cannot hide a long upload', () => {
    const noise = new Uint8Array(1_600_000);
    expect(estimateAudioSeconds(noise, 'audio/webm')).toBeGreaterThanOrEqual(100);
    expect(estimateAudioSeconds(oggEndingAt(48_000, 1_600_000), 'audio/ogg')).toBeGreaterThanOrEqual(100);
    const forged = wavFile(sinePcm16(1, 16_000), 16_000);
    new DataView(forged.buffer).setUint32(28, 0xffffff, true); // absurd byte rate
    expect(estimateAudioSeconds(forged, 'audio/wav')).toBeGreaterThan(0.1);
  });
});
