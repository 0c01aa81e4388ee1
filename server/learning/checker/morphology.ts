// Inflects the verbs the learner rules know; every rule only calls these on listed words.
import { IRREGULAR_VERBS } from './word-lists/irregular-verbs';
import { REGULAR_VERBS } from './word-lists/regular-verbs';

const PAST_BY_BASE = new Map(IRREGULAR_VERBS.map(([base, past]) => [base, past]));
const PAST_BY_PARTICIPLE = new Map(IRREGULAR_VERBS.map(([, past, participle]) => [participle, past]));
const BASE_VERBS = new Set([...IRREGULAR_VERBS.map(([base]) => base), ...REGULAR_VERBS]);

// Two-syllable verbs stressed on the last syllable double their final consonant.
const DOUBLING_VERBS = new Set(['begin', 'prefer', 'admit', 'forget', 'regret', 'occur', 'refer', 'control', 'permit', 'commit', 'submit']);

const VOWELS = /[aeiou]/;

export function isBaseVerb(word: string): boolean {
  return BASE_VERBS.has(word.toLowerCase());
}

function endsConsonantVowelConsonant(word: string): boolean {
  const [c1, v, c2] = word.slice(-3);
  if (c1 === undefined || v === undefined || c2 === undefined) return false;
  return !VOWELS.test(c1) && VOWELS.test(v) && !VOWELS.test(c2) && !'wxy'.includes(c2);
}

function doublesFinalConsonant(verb: string): boolean {
  if (DOUBLING_VERBS.has(verb)) return true;
  const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && endsConsonantVowelConsonant(verb);
}

export function thirdPersonSingular(verb: string): string {
  if (verb === 'be') return 'is';
  if (verb === 'have') return 'has';
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

export function gerund(verb: string): string {
  if (verb === 'be' || /(ee|ye|oe)$/.test(verb)) return `${verb}ing`;
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e')) return `${verb.slice(0, -1)}ing`;
  if (doublesFinalConsonant(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

export function pastTense(verb: string): string {
  const irregular = PAST_BY_BASE.get(verb);
  if (irregular !== undefined) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (doublesFinalConsonant(verb)) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/** The simple past for a past participle ("seen" -> "saw", "visited" -> "visited"), if known. */
export function pastFromParticiple(participle: string): string | undefined {
  const irregular = PAST_BY_PARTICIPLE.get(participle);
  if (irregular !== undefined) return irregular;
  const regular = REGULAR_VERBS.find((verb) => pastTense(verb) === participle);
  return regular === undefined ? undefined : participle;
}

/** Keeps the capital of a sentence-initial word on its replacement. */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}
