import { describe, expect, it } from 'vitest';
import type { CheckResult, Correction } from '../../../shared/corrections';
import { useFeedback } from './feedback';
import { judgeUse, sayScore } from './judge';

const correction = (text: string, original: string, corrected: string, severity: Correction['severity'] = 'moderate'): Correction => {
  const start = text.indexOf(original);
  return { type: 'grammar', original, corrected, start, end: start + original.length, explanation: '', severity, source: 'local' };
};
const checked = (text: string, ...corrections: Correction[]): CheckResult => {
  let corrected = text;
  for (const c of [...corrections].sort((a, b) => b.start - a.start)) {
    corrected = corrected.slice(0, c.start) + c.corrected + corrected.slice(c.end);
  }
  return { corrected, corrections };
};

describe('judgeUse', () => {
  const phrase = 'take part in';

  it('scores a clean sentence with the phrase 100', () => {
    const text = 'I took part in a charity run last weekend.';
    expect(judgeUse(phrase, text, checked(text))).toEqual({ usedPhrase: true, verdict: 'correct', score: 100, otherMistakes: 0 });
  });

  it('keeps the verdict but takes points for mistakes elsewhere in the sentence', () => {
    const text = 'Yesterday I took part in a race with my friend and we has fun.';
    const result = judgeUse(phrase, text, checked(text, correction(text, 'has', 'had', 'major')));
    expect(result).toMatchObject({ usedPhrase: true, verdict: 'correct', otherMistakes: 1, score: 85 });
  });

  it('calls a correction inside the phrase a phrase error', () => {
    const text = 'Yesterday I take part in a race.';
    const result = judgeUse(phrase, text, checked(text, correction(text, 'take', 'took')));
    expect(result).toMatchObject({ usedPhrase: true, verdict: 'phrase_error', otherMistakes: 0, score: 60 });
  });

  it('recognises an attempt the checker had to repair, without calling it used', () => {
    const text = 'I want to take part on the contest.';
    const result = judgeUse(phrase, text, checked(text, correction(text, 'on', 'in')));
    expect(result).toMatchObject({ usedPhrase: false, verdict: 'phrase_error' });
  });

  it('asks for a sentence when only the phrase was said', () => {
    expect(judgeUse(phrase, 'Take part in.', checked('Take part in.'))).toMatchObject({ usedPhrase: true, verdict: 'phrase_only', score: 30 });
  });

  it('scores 0 when the phrase is missing', () => {
    const text = 'I joined a race.';
    expect(judgeUse(phrase, text, checked(text))).toEqual({ usedPhrase: false, verdict: 'not_used', score: 0, otherMistakes: 0 });
  });

  it('never lets mistakes push a correct use below a wrong one', () => {
    const text = 'I took part in it and he go and she go and they goes.';
    const many = ['he go', 'she go', 'they goes'].map((o) => correction(text, o, 'x', 'major'));
    expect(judgeUse(phrase, text, checked(text, ...many)).score).toBe(60);
  });
});

describe('sayScore', () => {
  it('is the overall pronunciation figure, rounded into 0-100', () => {
    expect(sayScore({ accuracy: 90, fluency: 80, completeness: 75, pronunciation: 83.6, words: [] })).toBe(84);
  });
});

describe('useFeedback', () => {
  const judged = (verdict: 'correct' | 'phrase_error' | 'phrase_only' | 'not_used', otherMistakes = 0) =>
    ({ usedPhrase: verdict !== 'not_used', verdict, score: 0, otherMistakes });

  it('speaks Korean to a Korean learner and names the phrase', () => {
    expect(useFeedback(judged('correct'), 'take part in', 'ko')).toBe("'take part in'을(를) 문장에서 바르게 썼어요.");
    expect(useFeedback(judged('not_used'), 'take part in', 'ko')).toMatch(/^문장에 'take part in'이\(가\) 들어가지 않았어요/);
  });

  it('says in English when the phrase was right but the sentence had other mistakes', () => {
    expect(useFeedback(judged('correct', 2), 'take part in', 'en')).toBe('You used "take part in" correctly; check the other corrections in your sentence.');
  });
});

describe('judgeUse with a placeholder phrase', () => {
  it('counts filling in "someone" as a sentence of the learner\'s own', () => {
    const text = 'Give him a hand.';
    expect(judgeUse('give someone a hand', text, checked(text)).verdict).toBe('correct');
  });
});
