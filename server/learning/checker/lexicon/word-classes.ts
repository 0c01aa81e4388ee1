// What a word can be out of context (a verb, a noun, ...), from compromise's lexicon. The tagger
// decides in context, but a learner's error is exactly where its context misleads it: in "We are
// watch TV" it reads "watch" as a noun, though the lexicon knows it can be a verb.
import nlp from 'compromise';
import { model, transforms } from './compromise';

const MAX_CACHED_WORDS = 20_000;
const cache = new Map<string, ReadonlySet<string>>();

function withParents(tags: Iterable<string>): Set<string> {
  const all = new Set<string>();
  const visit = (tag: string): void => {
    if (all.has(tag)) return;
    all.add(tag);
    for (const parent of model.one.tagSet[tag]?.parents ?? []) visit(parent);
  };
  for (const tag of tags) visit(tag);
  return all;
}

// compromise's "switch" words can be either of two kinds ("work": Noun|Verb); these are the tags
// each kind name stands for.
const SWITCH_KINDS: Record<string, string[]> = {
  Unit: ['Unit'],
  Noun: ['Noun'],
  Plural: ['Plural'],
  Verb: ['Verb'],
  Person: ['Person'],
  Adj: ['Adjective'],
  Past: ['PastTense'],
  Present: ['PresentTense', 'Infinitive'],
  Gerund: ['Gerund'],
  Actor: ['Actor'],
  Place: ['Place'],
  Date: ['Date'],
};

// compromise's lexicon is a plain object: "constructor" or "toString" must not read its prototype.
const ownEntry = <T>(record: Record<string, T>, word: string): T | undefined => (Object.hasOwn(record, word) ? record[word] : undefined);

function lookUp(word: string): ReadonlySet<string> {
  const entry = ownEntry(model.one.lexicon, word);
  const switched = (ownEntry(model.two.switches, word)?.split('|') ?? []).flatMap((kind) => SWITCH_KINDS[kind] ?? []);
  const listed = [...(entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]), ...switched];
  if (listed.length > 0) return withParents(listed);
  // Not in the lexicon: compromise's guess from the word's shape (suffixes and the like), which
  // reads an unknown word in -s as a verb ("smartphones"); its singular tells the plural noun.
  const guessed = new Set(guess(word));
  if (word.endsWith('s') && !guessed.has('Noun')) {
    const singular = transforms.noun.toSingular(word, model);
    if (singular !== word && guess(singular).has('Noun')) for (const tag of ['Noun', 'Plural']) guessed.add(tag);
  }
  return guessed;
}

function guess(word: string): ReadonlySet<string> {
  const [term] = (nlp(word) as unknown as { docs: { tags: Set<string> }[][] }).docs[0] ?? [];
  return term?.tags ?? new Set();
}

/** compromise's tags for a lower-case word on its own (its lexicon entry, or its guess). */
export function lexicalTags(word: string): ReadonlySet<string> {
  const lower = word.toLowerCase();
  let tags = cache.get(lower);
  if (tags === undefined) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    tags = lookUp(lower);
    cache.set(lower, tags);
  }
  return tags;
}

export const canBeVerb = (word: string): boolean => lexicalTags(word).has('Verb');

/** Whether compromise's lexicon lists the word (rather than guessing from its shape). */
export function isListed(word: string): boolean {
  const lower = word.toLowerCase();
  return ownEntry(model.one.lexicon, lower) !== undefined || ownEntry(model.two.switches, lower) !== undefined;
}
export const canBeNoun = (word: string): boolean => lexicalTags(word).has('Noun');
