import { describe, expect, it } from 'vitest';
import type { SpeechChunk } from '../types';
import { createOfflineTts, estimateAlignment } from './tts';

async function collect(chunks: AsyncIterable<SpeechChunk>): Promise<SpeechChunk[]> {
  const all: SpeechChunk[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describe('offline TTS', () => {
  const text = 'Hello, Minji! What do you think about robots? 좋아요 👍';

  it('leaves speaking to the browser: one chunk, no audio, text/plain', async () => {
    const tts = createOfflineTts();
    expect(tts).toMatchObject({ name: 'browser', live: false });
    const chunks = await collect(tts.synthesize({ text }, new AbortController().signal));
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.audio.byteLength).toBe(0);
    expect(chunks[0]?.mimeType).toBe('text/plain');
  });

  it('sends one timing per character of the text', async () => {
    const [chunk] = await collect(createOfflineTts().synthesize({ text }, new AbortController().signal));
    const alignment = chunk?.alignment;
    expect(alignment?.characters.join('')).toBe(text);
    expect(alignment?.startTimesSec).toHaveLength(alignment?.characters.length ?? -1);
    expect(alignment?.endTimesSec).toHaveLength(alignment?.characters.length ?? -1);
  });

  it('moves forward in time at about 14 characters a second', () => {
    const { startTimesSec, endTimesSec } = estimateAlignment('abcdefghijklmn');
    expect(endTimesSec.at(-1)).toBeCloseTo(1, 2);
    for (let i = 0; i < startTimesSec.length; i++) {
      expect(endTimesSec[i]).toBeGreaterThan(startTimesSec[i] ?? Infinity);
      if (i > 0) expect(startTimesSec[i]).toBeGreaterThanOrEqual(endTimesSec[i - 1] ?? Infinity);
    }
  });

  it('pauses after punctuation, longer after a sentence than after a comma', () => {
    const { startTimesSec, endTimesSec } = estimateAlignment('a, b. c');
    const gapAfterComma = (startTimesSec[2] ?? 0) - (endTimesSec[1] ?? 0);
    const gapAfterStop = (startTimesSec[5] ?? 0) - (endTimesSec[4] ?? 0);
    expect(gapAfterComma).toBeGreaterThan(0.1);
    expect(gapAfterStop).toBeGreaterThan(gapAfterComma);
    expect(estimateAlignment('Done.').endTimesSec.at(-1)).toBeCloseTo(5 / 14, 2);
  });

  it('yields nothing once aborted', async () => {
    expect(await collect(createOfflineTts().synthesize({ text }, AbortSignal.abort()))).toEqual([]);
  });
});
