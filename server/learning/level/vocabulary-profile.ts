// The English vocabulary profile behind the level estimate and phrase difficulty: every headword
// of the CEFR-J Wordlist 1.5 (A1-B2) and the Octanove Vocabulary Profile C1/C2 1.0, keyed by its
// lower-case spelling. A headword lists its spellings separated by "/" ("a.m./A.M./am/AM",
// "analyze/analyse"); each is a key. A word listed under several parts of speech, or in both
// lists, counts at its lowest level: "time" is an A1 noun and a B2 verb, and the tagger is not
// reliable enough on speech to tell the two apart, so a learner who says "time" gets A1. Loaded
// from the CSV files beside this code once per process, on first use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CefrLevel } from '../../../shared/review';
import { parseCsv } from '../../text/csv';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const satisfies readonly CefrLevel[];
/** 0 = A1 ... 5 = C2: levels compare as numbers. */
export type LevelIndex = 0 | 1 | 2 | 3 | 4 | 5;

export interface VocabularyProfile {
  /** The lowest level the lists give a single word; null when unlisted. */
  levelOf(word: string): LevelIndex | null;
  /** The level of a listed expression of several words ("climate change", "according to"); null when unlisted. */
  levelOfExpression(words: readonly string[]): LevelIndex | null;
  /** The longest expression the profile lists, in words. */
  readonly longestExpression: number;
  readonly headwords: number;
}

const DATA_FILES = ['cefrj-vocabulary-profile-1.5.csv', 'octanove-vocabulary-profile-c1c2-1.0.csv'];

/** "a.m." and "am" are one key: the tokenizer drops the dots of abbreviations. */
export const spellingKey = (word: string) => word.trim().toLowerCase().replace(/\u2019/g, "'");

function keepLowest(entries: Map<string, LevelIndex>, key: string, level: LevelIndex) {
  const known = entries.get(key);
  if (known === undefined || level < known) entries.set(key, level);
}

export function buildVocabularyProfile(csvTexts: readonly string[]): VocabularyProfile {
  const words = new Map<string, LevelIndex>();
  const expressions = new Map<string, LevelIndex>();
  let headwords = 0;
  let longestExpression = 1;
  for (const text of csvTexts) {
    const [header, ...rows] = parseCsv(text);
    const column = (name: string) => header?.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase()) ?? -1;
    const [headwordAt, levelAt] = [column('headword'), column('CEFR')];
    if (headwordAt < 0 || levelAt < 0) throw new Error('vocabulary profile: missing headword or CEFR column');
    for (const row of rows) {
      const level = CEFR_LEVELS.indexOf((row[levelAt] ?? '').trim() as CefrLevel) as LevelIndex | -1;
      const headword = row[headwordAt]?.trim();
      if (level === -1 || !headword) continue;
      headwords++;
      for (const spelling of headword.split('/')) {
        const key = spellingKey(spelling);
        if (!key) continue;
        const parts = key.split(/\s+/);
        if (parts.length > 1) {
          keepLowest(expressions, parts.join(' '), level);
          longestExpression = Math.max(longestExpression, parts.length);
        } else {
          keepLowest(words, key, level);
          if (key.includes('.')) keepLowest(words, key.replace(/\./g, ''), level);
        }
      }
    }
  }
  return {
    headwords,
    longestExpression,
    levelOf: (word) => words.get(spellingKey(word)) ?? null,
    levelOfExpression(parts) {
      return expressions.get(parts.map(spellingKey).join(' ')) ?? null;
    },
  };
}

let loaded: VocabularyProfile | undefined;

/** The profile shipped with the server, read once. */
export function vocabularyProfile(): VocabularyProfile {
  if (!loaded) {
    const texts = DATA_FILES.map((file) => readFileSync(fileURLToPath(new URL(`./data/${file}`, import.meta.url)), 'utf8'));
    loaded = buildVocabularyProfile(texts);
  }
  return loaded;
}
