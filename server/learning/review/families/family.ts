// What a pattern family is: it recognises its kind of mistake in a correction (so the notebook
// keys the pattern, not the sentence), and it reads a later sentence for the same construction,
// used correctly or wrongly.
import type { Edit } from '../keying/edit';
import type { Sentence } from '../language/sentence';

export const FAMILY_IDS = [
  'verb-form',
  'third-person',
  'non-third-person',
  'do-agreement',
  'do-support',
  'subject-verb',
  'quantifier-plural',
  'one-of-plural',
  'uncountable',
  'much-plural',
  'past-time',
  'perfect-past-time',
  'participle-past',
  'be-agree',
  'be-progressive',
  'be-before-verb',
  'modal',
  'preposition',
  'comparative',
  'there-be',
  'article',
  'word-order',
  'participle-adjective',
  'spelling',
  'say-tell',
  'go-activity',
  'very-verb',
  'because-of',
  'possessive-determiner',
  'adverb-form',
  'perfect-participle',
  'every-singular',
  'although-but',
  'konglish',
  'rule-words',
  'generic',
  'phrase',
] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];

/** What a family's detector needs to know about one item, stored with it. */
export interface PatternParams {
  /** The governing word's lemma: "enjoy", "interested", "discuss", "look forward to". */
  governor?: string;
  /** verb-form: what follows the governor. */
  target?: 'gerund' | 'to-infinitive' | 'bare-infinitive';
  /** uncountable: the nouns of the learner's examples ("information", "advice"). */
  nouns?: string[];
  /** preposition: what the learner said after the governor, and what belongs there (none: nothing). */
  wrong?: string[];
  right?: string[];
  /** preposition: the word that follows directly when no preposition belongs ("go home"). */
  next?: string;
  /**
   * comparative: double-more, double-most, er, est; subject-verb: singular, plural, uncountable;
   * konglish: always (a word that is never English, so its use is the mistake again).
   */
  form?: string;
  /** spelling, generic, phrase: the right words (lemmas, in order) and the learner's wrong ones. */
  words?: string[];
  avoid?: string[];
}

/** An item's identity and what it shows: the same key means the same notebook item. */
export interface PatternSpec {
  family: FamilyId;
  key: string;
  /** The pattern in words, for display: "enjoy + to-infinitive → enjoy + -ing". */
  pattern: string;
  /** The corrected form the tutor invites: "enjoy reading". */
  corrected: string;
  params: PatternParams;
  /**
   * Keys the same mistake was given by earlier versions of the keying: a learner's stored item
   * made under one of them is still this item (its row keeps the key it was made with).
   */
  legacyKeys?: string[];
}

/** One occurrence of the construction in a sentence, at UTF-16 offsets of the learner's text. */
export interface Use {
  verdict: 'correct' | 'mistake';
  start: number;
  end: number;
}

export interface PatternFamily {
  id: FamilyId;
  /** This family's mistake in the edit, or null when the edit is another kind. */
  recognise(edit: Edit): PatternSpec | null;
  /** Every use of the item's construction in the sentence, right or wrong. */
  uses(sentence: Sentence, params: PatternParams): Use[];
}

export const useOf = (verdict: Use['verdict'], from: { start: number }, to: { end: number }): Use => ({ verdict, start: from.start, end: to.end });
