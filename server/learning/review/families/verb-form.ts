// Verb + -ing, to-infinitive or bare verb after a governing verb: "enjoy reading", "want to go",
// "make me laugh", "look forward to meeting", "thank you for helping" (every preposition but "to"
// is one governor: "preposition"). Keyed by the governing lemma and the form it takes, so
// "enjoyed to read" and "enjoys to swim" are one item and "finish to" another.
// Correct use: the governing verb (any tense) followed, past adverbs, by the form it takes
// ("enjoys swimming"); a mistake: the same verb followed by the wrong form ("enjoy to swim").
import type { Edit } from '../keying/edit';
import { gerundOf, isBaseVerb, isGerund, isVerb } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';
import { afterObject, skipAdverbs, words } from './scan';

type Target = NonNullable<PatternParams['target']>;

/** The governor of "preposition + -ing" ("for helping", "before going"): any preposition but "to". */
const AFTER_PREPOSITION = 'preposition';
const GERUND_PREPOSITIONS = new Set(['for', 'before', 'after', 'without', 'about', 'of', 'by', 'in', 'at', 'on']);
const isGerundPreposition = (token: Token | undefined) => token !== undefined && GERUND_PREPOSITIONS.has(token.word);

const NOT_GOVERNORS = new Set(['be', 'have', 'do', 'to']);
const TARGET_WORDS: Record<Target, string> = { gerund: '-ing', 'to-infinitive': 'to-infinitive', 'bare-infinitive': 'verb' };

/** "look forward to" and "be used to" govern as a whole; other verbs by their lemma. */
function governorBeforeTo(left: readonly Token[]): string | null {
  const beforeTo = left.at(-2);
  if (left.at(-1)?.word !== 'to' || beforeTo === undefined) return null;
  if (beforeTo.word === 'forward' && left.at(-3)?.lemma === 'look') return 'look forward to';
  if (beforeTo.word === 'used' && left.at(-3)?.lemma === 'be') return 'be used to';
  return isVerb(beforeTo) && !NOT_GOVERNORS.has(beforeTo.lemma) ? `${beforeTo.lemma} to` : null;
}

function governingVerb(token: Token | undefined): string | null {
  if (token === undefined || !isVerb(token) || NOT_GOVERNORS.has(token.lemma)) return null;
  return token.lemma;
}

function spec(governor: string, target: Target, from: string, corrected: string): PatternSpec {
  const object = target === 'bare-infinitive' ? ' + someone' : '';
  return {
    family: 'verb-form',
    key: `verb-form:${governor}:${target}`,
    pattern: `${governor}${object} + ${from} → ${governor}${object} + ${TARGET_WORDS[target]}`,
    corrected,
    params: { governor, target },
  };
}

/**
 * Whether `ing` is the -ing form of `verb`'s verb. compromise sometimes reads the corrected -ing
 * word as a noun ("she enjoying dancing"), so the verb's own gerund is asked for too.
 */
const isIngOf = (ing: Token | undefined, verb: Token | undefined): boolean =>
  ing !== undefined && verb !== undefined && ((isGerund(ing) && ing.lemma === verb.lemma) || (ing.word.endsWith('ing') && ing.word === gerundOf(verb.lemma)));

function recognise({ removed, added, left, right }: Edit): PatternSpec | null {
  const [r0, r1] = removed;
  const [a0, a1] = added;
  // "enjoyed to read" -> "enjoyed reading"
  if (removed.length === 2 && r0?.word === 'to' && isBaseVerb(r1) && added.length === 1 && isIngOf(a0, r1)) {
    const governor = governingVerb(left.at(-1));
    return governor ? spec(governor, 'gerund', 'to-infinitive', `${governor} ${a0!.word}`) : null;
  }
  if (removed.length === 1 && added.length === 1 && isIngOf(a0, r0) && !isGerund(r0)) {
    // "look forward to meet" -> "meeting"
    const phrasal = governorBeforeTo(left);
    if (phrasal) return spec(phrasal, 'gerund', 'verb', `${phrasal} ${a0!.word}`);
    // "thank you for help me" -> "for helping": every preposition but "to" is one governor.
    if (isGerundPreposition(left.at(-1))) return spec(AFTER_PREPOSITION, 'gerund', 'verb', `${left.at(-1)!.word} ${a0!.word}`);
    // "I enjoy read" -> "enjoy reading"
    const governor = governingVerb(left.at(-1));
    return governor ? spec(governor, 'gerund', 'verb', `${governor} ${a0!.word}`) : null;
  }
  // "want going" -> "want to go"
  // (compromise may read the -ing as an adjective: "are planning visiting".)
  if (removed.length === 1 && added.length === 2 && a0?.word === 'to' && a1 !== undefined && ((isGerund(r0) && a1.lemma === r0!.lemma) || isIngOf(r0, a1))) {
    const governor = governingVerb(left.at(-1));
    return governor ? spec(governor, 'to-infinitive', '-ing', `${governor} to ${a1.word}`) : null;
  }
  // "decided go" -> "decided to go"
  if (removed.length === 0 && added.length === 1 && a0?.word === 'to' && isBaseVerb(right[0])) {
    const governor = governingVerb(left.at(-1));
    return governor ? spec(governor, 'to-infinitive', 'verb', `${governor} to ${right[0]!.word}`) : null;
  }
  // "made me to go" -> "made me go"
  if (removed.length === 1 && r0?.word === 'to' && added.length === 0 && isBaseVerb(right[0])) {
    for (let i = left.length - 2; i >= Math.max(0, left.length - 5); i--) {
      const governor = governingVerb(left[i]);
      if (governor && afterObject(left, i + 1) === left.length) {
        return spec(governor, 'bare-infinitive', 'to-infinitive', `${governor} ${words(left.slice(i + 1))} ${right[0]!.word}`);
      }
    }
  }
  return null;
}

/** Where the governor's complement starts, for each place the governor is used. */
function governorSites(tokens: readonly Token[], governor: string): { at: number; next: number; phrasal: boolean }[] {
  const sites: { at: number; next: number; phrasal: boolean }[] = [];
  const parts = governor.split(' ');
  tokens.forEach((token, i) => {
    if (governor === AFTER_PREPOSITION) {
      if (isGerundPreposition(token)) sites.push({ at: i, next: i + 1, phrasal: false });
      return;
    }
    if (parts.length > 1) {
      const matches = parts.every((part, k) => {
        const t = tokens[i + k];
        return t !== undefined && (k === 0 ? t.lemma === part || t.word === part : t.word === part);
      });
      if (matches) sites.push({ at: i, next: i + parts.length, phrasal: true });
      return;
    }
    if (token.lemma === governor && (hasTag(token, 'Verb') || !hasTag(token, 'Noun'))) sites.push({ at: i, next: skipAdverbs(tokens, i + 1), phrasal: false });
  });
  return sites;
}

const isPlainVerb = (token: Token | undefined) => isBaseVerb(token) && hasTag(token, 'Verb') && !hasTag(token, 'Noun');

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  const found: Use[] = [];
  if (!params.governor || !params.target) return found;
  for (const { at, next, phrasal } of governorSites(tokens, params.governor)) {
    const start = tokens[at]!;
    const n = tokens[next];
    const after = tokens[next + 1];
    if (params.target === 'gerund') {
      if (isGerund(n)) found.push(useOf('correct', start, n!));
      else if (!phrasal && n?.word === 'to' && isBaseVerb(after)) found.push(useOf('mistake', start, after!));
      else if (isPlainVerb(n)) found.push(useOf('mistake', start, n!));
    } else if (params.target === 'to-infinitive') {
      const object = afterObject(tokens, next);
      if (n?.word === 'to' && isBaseVerb(after)) found.push(useOf('correct', start, after!));
      else if (object > 0 && tokens[object]?.word === 'to' && isBaseVerb(tokens[object + 1])) found.push(useOf('correct', start, tokens[object + 1]!));
      else if (isGerund(n)) found.push(useOf('mistake', start, n!));
    } else {
      const object = afterObject(tokens, next);
      if (object < 0) continue;
      const verb = tokens[object];
      if (isPlainVerb(verb)) found.push(useOf('correct', start, verb!));
      else if (verb?.word === 'to' && isBaseVerb(tokens[object + 1])) found.push(useOf('mistake', start, tokens[object + 1]!));
    }
  }
  return found;
}

export const verbFormFamily: PatternFamily = { id: 'verb-form', recognise, uses };
