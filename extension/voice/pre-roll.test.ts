import { describe, expect, it } from 'vitest';
import { createPreRoll } from './pre-roll';

describe('pre-roll ring buffer', () => {
  it('keeps only the latest frames while nothing is heard', () => {
    const preRoll = createPreRoll<number>(3);
    for (let i = 0; i < 10; i++) preRoll.push(i);
    expect(preRoll.drain()).toEqual([7, 8, 9]);
    expect(preRoll.drain()).toEqual([]);
  });

  it('keeps every frame from a possible start of speech until it is drained or released', () => {
    const preRoll = createPreRoll<number>(3);
    for (let i = 0; i < 5; i++) preRoll.push(i);
    preRoll.hold();
    for (let i = 5; i < 9; i++) preRoll.push(i);
    expect(preRoll.drain()).toEqual([2, 3, 4, 5, 6, 7, 8]);
    preRoll.hold();
    for (let i = 0; i < 6; i++) preRoll.push(i);
    preRoll.release();
    expect(preRoll.drain()).toEqual([3, 4, 5]);
  });
});
