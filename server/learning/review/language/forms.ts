// Word forms and word classes the pattern families ask about: is this token the -ing form, the
// past, the third person of its verb; is this noun plural; who is the subject of this verb.
// Inflection comes from compromise (cached: learners repeat their words).
import { conjugate, lexiconTags, tagSentences, toComparative, toInfinitive, toPlural, type VerbForms } from './compromise';
import { hasTag, type Token } from './sentence';

const formsCache = new Map<string, VerbForms>();
const CACHE_LIMIT = 5_000;

export function verbForms(lemma: string): VerbForms {
  let forms = formsCache.get(lemma);
  if (forms === undefined) {
    if (formsCache.size >= CACHE_LIMIT) formsCache.clear();
    forms = conjugate(lemma);
    formsCache.set(lemma, forms);
  }
  return forms;
}

export const gerundOf = (lemma: string) => verbForms(lemma).Gerund ?? `${lemma}ing`;
export const pastOf = (lemma: string) => verbForms(lemma).PastTense ?? `${lemma}ed`;
export const participleOf = (lemma: string) => verbForms(lemma).Participle ?? pastOf(lemma);
export const thirdPersonOf = (lemma: string) => verbForms(lemma).PresentTense ?? `${lemma}s`;
export const pluralOf = (noun: string) => toPlural(noun).toLowerCase();
export const comparativeOf = (adjective: string) => toComparative(adjective).toLowerCase();

export const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were']);
export const SINGULAR_BE_FORMS = new Set(['am', 'is', 'was', 'has', 'does']);
export const PLURAL_BE_FORMS = new Set(['are', 'were', 'have', 'do']);
export const DO_AUXILIARIES = new Set(['do', 'does', 'did']);
export const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must']);
export const PREPOSITIONS = new Set([
  'about', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'onto', 'to', 'with', 'over', 'under', 'through', 'toward', 'towards', 'against', 'among', 'between',
]);
const THIRD_SINGULAR_PRONOUNS = new Set([
  'he', 'she', 'it', 'this', 'that', 'everyone', 'everybody', 'everything', 'someone', 'somebody', 'something', 'nobody', 'nothing', 'anyone', 'anybody', 'each', 'nobody',
]);
const OTHER_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'these', 'those']);
// Words that can stand between a subject and its verb without changing who the subject is.
const SUBJECT_VERB_GAP = new Set(['always', 'usually', 'often', 'never', 'sometimes', 'also', 'really', 'just', 'still', 'only', 'even', 'rarely', 'seldom', 'already', 'actually', 'not']);
const SINGULAR_QUANTIFIED = new Set(['one', 'each', 'every', 'none', 'neither', 'either']);

export const isVerb = (token: Token | undefined) => hasTag(token, 'Verb') || (token !== undefined && lexiconTags(token.word).includes('Infinitive'));

/** The -ing form of its verb ("reading"), not a noun that happens to end in -ing ("morning"). */
export function isGerund(token: Token | undefined): boolean {
  if (token === undefined || !token.word.endsWith('ing')) return false;
  if (hasTag(token, 'Gerund')) return true;
  return token.lemma !== token.word && gerundOf(token.lemma) === token.word;
}

/** The bare verb: "read", "swim" (as a verb, so "to work" counts but "the work" does not). */
export function isBaseVerb(token: Token | undefined): boolean {
  if (token === undefined || token.word !== token.lemma) return false;
  return hasTag(token, 'Infinitive') || (isVerb(token) && !hasTag(token, 'PastTense') && !hasTag(token, 'Gerund'));
}

export function isThirdPersonForm(token: Token | undefined): boolean {
  if (token === undefined || token.word === token.lemma) return false;
  return token.word === thirdPersonOf(token.lemma) || (token.lemma === 'be' && token.word === 'is') || (token.lemma === 'have' && token.word === 'has');
}

/**
 * The regular -ed form in the other spelling: compromise conjugates British "travelled", learners
 * and the LLM write American "traveled" (and the reverse); both come back to the same infinitive.
 */
const isRegularVariant = (token: Token, form: string) => form.endsWith('ed') && token.word.endsWith('ed') && toInfinitive(token.word, 'PastTense').toLowerCase() === token.lemma;

export const isPastForm = (token: Token | undefined) =>
  token !== undefined && token.word !== token.lemma && (token.word === pastOf(token.lemma) || isRegularVariant(token, pastOf(token.lemma)));
export const isParticipleForm = (token: Token | undefined) =>
  token !== undefined && token.word !== token.lemma && (token.word === participleOf(token.lemma) || isRegularVariant(token, participleOf(token.lemma)));

/**
 * The verb a participle comes from ("married" -> "marry", "interested" -> "interest"), when the
 * word is one; compromise may have read it as an adjective, so the word alone is asked.
 */
export function verbOfParticiple(word: string): string | undefined {
  for (const tense of ['Participle', 'PastTense'] as const) {
    const verb = toInfinitive(word, tense).toLowerCase();
    if (verb && verb !== word && (participleOf(verb) === word || pastOf(verb) === word)) return verb;
  }
  return undefined;
}

/** The verb an -ing word comes from ("exciting" -> "excite"), when it is one; asked of the word alone. */
export function verbOfGerund(word: string): string | undefined {
  if (!word.endsWith('ing')) return undefined;
  const verb = toInfinitive(word, 'Gerund').toLowerCase();
  return verb && verb !== word && gerundOf(verb) === word ? verb : undefined;
}

/** A plural noun ("tomatoes", "people"), by compromise's tag or by its singular differing. */
export function isPluralNoun(token: Token | undefined): boolean {
  if (token === undefined || !hasTag(token, 'Noun') || hasTag(token, 'Pronoun')) return false;
  return hasTag(token, 'Plural') || (token.lemma !== token.word && pluralOf(token.lemma) === token.word);
}

export function isSingularNoun(token: Token | undefined): boolean {
  if (token === undefined || !hasTag(token, 'Noun') || hasTag(token, 'Pronoun') || hasTag(token, 'Possessive')) return false;
  return !isPluralNoun(token);
}

const verbCache = new Map<string, boolean>();

/**
 * Whether a word can be a verb at all ("cook" yes, "teacher" no), asked of compromise in a
 * sentence where only a verb fits. For words it tagged as something else in the learner's
 * sentence ("she is cook"). Cached.
 */
export function canBeVerb(word: string): boolean {
  let known = verbCache.get(word);
  if (known === undefined) {
    if (verbCache.size >= CACHE_LIMIT) verbCache.clear();
    known = tagSentences(`we ${word} every day`)[0]?.[1]?.tags.has('Verb') ?? false;
    verbCache.set(word, known);
  }
  return known;
}

export const isUncountable = (word: string) => lexiconTags(word).includes('Uncountable');

export type SubjectNumber = 'third-singular' | 'other' | 'unknown';

/**
 * Who the verb at `verbIndex` belongs to: a third-person singular subject ("she", "my brother",
 * "Tom", "one of my friends"), another person or a plural ("I", "they", "people"), or unknown
 * (no subject just before it: a question, an imperative, a relative clause).
 */
/** Prepositions that open a phrase inside a subject: "the players on the team", "people in Korea". */
const SUBJECT_PHRASE_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'from', 'with', 'near', 'around', 'about', 'for', 'behind', 'under']);

/**
 * The noun a subject's last noun hangs on when it closes a phrase ("the players on the national
 * team", "young people in Korea"): the verb agrees with "players", "people". Else `i` itself.
 * "One of ..." and "each of ..." are read by the caller; "a lot of" and "most of" keep the last noun.
 */
function headBeforePhrase(tokens: readonly Token[], i: number): number {
  let start = i;
  while (start > 0 && (hasTag(tokens[start - 1], 'Determiner') || hasTag(tokens[start - 1], 'Adjective') || hasTag(tokens[start - 1], 'Possessive') || (hasTag(tokens[start - 1], 'Noun') && !hasTag(tokens[start - 1], 'Pronoun')))) start--;
  const preposition = tokens[start - 1];
  const before = tokens[start - 2];
  if (preposition === undefined || !SUBJECT_PHRASE_PREPOSITIONS.has(preposition.word) || before === undefined) return i;
  if (!hasTag(before, 'Noun') || hasTag(before, 'Pronoun') || hasTag(before, 'Possessive') || isVerb(before)) return i;
  if (preposition.word === 'of' && (SINGULAR_QUANTIFIED.has(before.word) || ['lot', 'lots', 'most', 'some', 'all', 'none', 'plenty'].includes(before.word))) return i;
  return start - 2;
}

export function subjectBefore(tokens: readonly Token[], verbIndex: number): SubjectNumber {
  let i = verbIndex - 1;
  while (i >= 0 && SUBJECT_VERB_GAP.has(tokens[i]!.word)) i--;
  if (hasTag(tokens[i], 'Noun') && !hasTag(tokens[i], 'Pronoun')) i = headBeforePhrase(tokens, i);
  const head = tokens[i];
  if (head === undefined) return 'unknown';
  if (THIRD_SINGULAR_PRONOUNS.has(head.word)) return 'third-singular';
  if (OTHER_PRONOUNS.has(head.word)) return 'other';
  if (!hasTag(head, 'Noun') || hasTag(head, 'Possessive')) return 'unknown';
  // "one of my friends", "each of the students": the quantifier is the subject.
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (tokens[j]!.word === 'of' && SINGULAR_QUANTIFIED.has(tokens[j - 1]?.word ?? '')) return 'third-singular';
  }
  // "Tom and my sister like": two subjects joined by "and" are plural; "I cook and my brother cleans" is not.
  const beforeHead = hasTag(tokens[i - 1], 'Determiner') || hasTag(tokens[i - 1], 'Possessive') ? i - 2 : i - 1;
  if (tokens[beforeHead]?.word === 'and' && hasTag(tokens[beforeHead - 1], 'Noun') && !isVerb(tokens[beforeHead - 1])) return 'other';
  if (isPluralNoun(head)) return 'other';
  return hasTag(head, 'Noun') ? 'third-singular' : 'unknown';
}

const SILENT_H = /^(hour|honest|honou?r|heir)/;
const VOWEL_LETTER_CONSONANT_SOUND = /^(uni|use|usu|uti|ure|eu|ewe|one|once|ufo|uk\b|us\b)/;

/** Whether "an" goes before the word: a vowel sound ("an hour", "an apple"; "a university"). */
export function takesAn(word: string): boolean {
  const w = word.toLowerCase();
  if (SILENT_H.test(w)) return true;
  if (VOWEL_LETTER_CONSONANT_SOUND.test(w)) return false;
  return /^[aeiou]/.test(w);
}
