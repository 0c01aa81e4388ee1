// Local scoring of a practice attempt, used when the server has no phrase endpoints: how many of
// the phrase's words the learner said, word by word, and whether a sentence contains the phrase.
import type { AttemptResult, WordScore } from './phrase-schemas';

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export function scoreSaying(phrase: string, transcript: string): AttemptResult {
  const said = new Set(words(transcript));
  const scored: WordScore[] = phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const ok = said.has(words(word)[0] ?? '');
      return { word, score: ok ? 100 : 0, ok };
    });
  const score = scored.length ? Math.round(scored.reduce((sum, w) => sum + w.score, 0) / scored.length) : 0;
  return { score, words: scored };
}

export function containsPhrase(sentence: string, phrase: string): boolean {
  const target = words(phrase).join(' ');
  return target.length > 0 && ` ${words(sentence).join(' ')} `.includes(` ${target} `);
}
