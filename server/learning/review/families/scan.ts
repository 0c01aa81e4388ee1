// Small readers shared by the families: skipping adverbs, spotting where an object starts.
import { hasTag, type Token } from '../language/sentence';

/** Adverbs that can sit inside a construction without changing it ("enjoy really reading" aside). */
export const INNER_ADVERBS = new Set(['really', 'always', 'usually', 'often', 'never', 'sometimes', 'also', 'just', 'still', 'only', 'even', 'not', 'already', 'actually']);

/** The index of the first token from `from` on that is not an inner adverb. */
export function skipAdverbs(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length && INNER_ADVERBS.has(tokens[i]!.word)) i++;
  return i;
}

const OBJECT_PRONOUNS = new Set(['me', 'you', 'him', 'her', 'it', 'us', 'them', 'someone', 'somebody', 'everyone', 'people']);

/** A word that starts a noun phrase: a determiner, a pronoun, a noun, a possessive. */
export function startsObject(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (OBJECT_PRONOUNS.has(token.word)) return true;
  return hasTag(token, 'Determiner') || hasTag(token, 'Noun') || hasTag(token, 'Possessive') || hasTag(token, 'Value');
}

/** The index just after a short object ("me", "my little brother"), or -1 when none starts at `from`. */
export function afterObject(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (first === undefined || !startsObject(first)) return -1;
  if (OBJECT_PRONOUNS.has(first.word)) return from + 1;
  let i = from;
  while (i < tokens.length && i < from + 4 && (hasTag(tokens[i], 'Determiner') || hasTag(tokens[i], 'Possessive') || hasTag(tokens[i], 'Adjective'))) i++;
  return hasTag(tokens[i], 'Noun') ? i + 1 : -1;
}

export const words = (tokens: readonly Token[]) => tokens.map((t) => t.word).join(' ');
export const lemmas = (tokens: readonly Token[]) => tokens.map((t) => t.lemma).join(' ');

/** The tokens as the learner wrote them (a contraction once: "doesn't", not "doesn't not"). */
export const surface = (tokens: readonly Token[]) => tokens.filter((t) => t.text !== '').map((t) => t.text).join(' ');
