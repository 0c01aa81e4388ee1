// Finds a practice phrase in the learner's sentence the way a teacher would accept it: any
// inflection of its words ("take part in" ~ "took part in", "break the ice" ~ "breaking the ice"),
// any possessive or reflexive in place of the phrase's ("make up your mind" ~ "made up my mind"),
// a few words for "someone" / "something", and an object pronoun inside a phrasal verb
// ("turn off" ~ "turned it off").
import { gerund, pastTense, thirdPersonSingular } from '../checker/morphology';
import { IRREGULAR_VERBS } from '../checker/word-lists/irregular-verbs';

export interface Token {
  word: string;
  start: number;
  end: number;
}

export interface PhraseMatch {
  /** UTF-16 offsets into the sentence, end exclusive. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Lower-cased words with their offsets; curly apostrophes count as straight ones. */
export function tokenize(text: string): Token[] {
  const normalised = text.replace(/\u2019/g, "'");
  return [...normalised.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const POSSESSIVES = new Set(["one's", 'my', 'your', 'his', 'her', 'its', 'our', 'their']);
const REFLEXIVES = new Set(['oneself', 'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'me', 'us', 'you', 'this', 'that']);
/** Placeholders of dictionary phrases and how many words may stand in for them. */
const SLOTS = new Map<string, number>([
  ['someone', 3],
  ['somebody', 3],
  ['sb', 3],
  ['something', 4],
  ['sth', 4],
]);

const BE_FORMS = ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'m", "'re", "'s"];
const IRREGULAR_BASE = new Map<string, string>();
for (const [base, past, participle] of IRREGULAR_VERBS) {
  IRREGULAR_BASE.set(past, base);
  IRREGULAR_BASE.set(participle, base);
}
for (const form of BE_FORMS) IRREGULAR_BASE.set(form, 'be');

const MIN_STEM = 3;

/** The base forms a word could be an inflection of, itself included. */
function baseCandidates(word: string): string[] {
  const candidates = new Set([word]);
  const irregular = IRREGULAR_BASE.get(word);
  if (irregular) candidates.add(irregular);
  const add = (stem: string) => {
    if (stem.length >= MIN_STEM) candidates.add(stem);
  };
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    add(stem);
    add(`${stem}e`);
    if (/(.)\1$/.test(stem)) add(stem.slice(0, -1));
  }
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    add(stem);
    add(`${stem}e`);
    if (stem.endsWith('y')) add(`${stem.slice(0, -1)}ie`);
    if (/(.)\1$/.test(stem)) add(stem.slice(0, -1));
  }
  return [...candidates];
}

/** Every form the phrase word may take in the sentence. */
function acceptedForms(phraseWord: string): Set<string> {
  const forms = new Set<string>();
  for (const base of baseCandidates(phraseWord)) {
    forms.add(base);
    if (base === 'be') BE_FORMS.forEach((f) => forms.add(f));
    // Short words are mostly function words: "a" must not accept "as", nor "it" "its".
    if (base.length >= MIN_STEM) {
      for (const form of [thirdPersonSingular(base), gerund(base), pastTense(base)]) forms.add(form);
    }
    for (const [irregularBase, past, participle] of IRREGULAR_VERBS) {
      if (irregularBase === base) forms.add(past).add(participle).add(thirdPersonSingular(base)).add(gerund(base));
    }
  }
  return forms;
}

type Matcher = { slot: number } | { group: Set<string> } | { forms: Set<string> };

function matcherFor(phraseWord: string): Matcher {
  const slot = SLOTS.get(phraseWord);
  if (slot !== undefined) return { slot };
  if (POSSESSIVES.has(phraseWord)) return { group: POSSESSIVES };
  if (REFLEXIVES.has(phraseWord)) return { group: REFLEXIVES };
  return { forms: acceptedForms(phraseWord) };
}

/** The sentence token index just after a match of matchers[m..] starting at token t, or -1. */
function matchFrom(matchers: Matcher[], tokens: Token[], m: number, t: number, inside: boolean): number {
  const matcher = matchers[m];
  if (matcher === undefined) return t;
  const token = tokens[t];
  if ('slot' in matcher) {
    for (let width = 1; width <= matcher.slot && t + width <= tokens.length; width++) {
      const end = matchFrom(matchers, tokens, m + 1, t + width, true);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (token && ('group' in matcher ? matcher.group : matcher.forms).has(token.word)) {
    const end = matchFrom(matchers, tokens, m + 1, t + 1, true);
    if (end >= 0) return end;
  }
  // "turn it off": one object pronoun may sit between two words of the phrase.
  if (inside && token && OBJECT_PRONOUNS.has(token.word) && t + 1 < tokens.length) {
    return matchFrom(matchers, tokens, m, t + 1, false);
  }
  return -1;
}

export function hasPlaceholder(phrase: string): boolean {
  return tokenize(phrase).some((t) => SLOTS.has(t.word));
}

/** Where the sentence uses the phrase (first use), or null when it does not. */
export function findPhraseUse(sentence: string, phrase: string): PhraseMatch | null {
  const matchers = tokenize(phrase).map((t) => matcherFor(t.word));
  if (matchers.length === 0) return null;
  const tokens = tokenize(sentence);
  for (let t = 0; t < tokens.length; t++) {
    const end = matchFrom(matchers, tokens, 0, t, false);
    const first = tokens[t];
    const last = tokens[end - 1];
    if (end > t && first && last) return { start: first.start, end: last.end };
  }
  return null;
}
