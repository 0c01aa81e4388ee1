// How the tutor says a key term in a sentence of its own: with the article's determiner and in a
// number that needs none. "What do you know about president?" is broken English; the article
// says "the president", so the tutor does too. A count noun the article never uses with "the" is
// said in the plural ("robots"); mass nouns, plurals and most names go bare ("rice", "farmers",
// "Tesla"), names the article gives "the" keep it ("the Federal Reserve", "the US").
// Number and countability come from compromise's lexicon (the checker's lexicon/).
import { isMassNoun, pluralOf, singularOf } from '../checker/lexicon/nouns';
import { lexicalTags } from '../checker/lexicon/word-classes';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

function isName(term: string): boolean {
  return /^[A-Z]/.test(term) || term.includes(' ');
}

function isPlural(noun: string): boolean {
  const lower = noun.toLowerCase();
  if (lexicalTags(lower).has('Plural')) return true;
  const singular = singularOf(lower);
  return !/(?:ss|us|is)$/.test(lower) && singular !== lower && pluralOf(singular) === lower;
}

/** The term as a noun phrase the tutor can put after "about" or "think about". */
export function keyPhraseOf(term: string, text: string): string {
  const name = isName(term);
  const flags = name ? 'g' : 'gi';
  const all = count(new RegExp(`(?<![\\w'])${escape(term)}(?![\\w'])`, flags), text);
  const withThe = count(new RegExp(`\\b[Tt]he\\s+${escape(term)}(?![\\w'])`, flags), text);
  if (name) return withThe > 0 && withThe * 2 >= all ? `the ${term}` : term;
  if (withThe > 0 && withThe * 2 >= all) return `the ${term}`;
  if (isPlural(term) || isMassNoun(term)) return term;
  return withThe > 0 ? `the ${term}` : pluralOf(term);
}

/**
 * Whether a single word can be a key term: a noun the lexicon knows as one and not as an
 * adjective, or a word the article uses as the head of a noun phrase ("the vote on", "a small
 * one" does not count for "small": its noun follows). A word only ever written at the start of a
 * sentence that the lexicon knows as a first name or place is a name cut from its surname.
 */
export function canBeKeyNoun(word: string, usedAsHead: boolean, seenLowerCase: boolean): boolean {
  if (isName(word)) return true;
  const tags = lexicalTags(word.toLowerCase());
  if (tags.has('Pronoun') || tags.has('Value') || tags.has('Determiner') || tags.has('Preposition')) return false;
  if (!seenLowerCase && (tags.has('Person') || tags.has('FirstName') || tags.has('Place'))) return false;
  if (usedAsHead) return true;
  return tags.has('Noun') && !tags.has('Adjective');
}
