// compromise (English tagger, lexicon and inflection; loaded once, with the project's lexicon
// additions, by the checker's lexicon module) as the notebook uses it: sentences of
// tagged terms with their lemma and offsets, and the inflection functions themselves, called
// directly so that "the past of see" does not cost a whole parse.
import nlp from 'compromise';
import { model, transforms, type CompromiseTerm } from '../../checker/lexicon/compromise';

export type { CompromiseTerm };

type VerbForm = 'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle';

/** The sentences of a text, each a list of tagged terms with lemma (root) and offsets. */
export function tagSentences(text: string): CompromiseTerm[][] {
  const doc = nlp(text);
  doc.compute('root');
  doc.compute('offset');
  return (doc as unknown as { docs: CompromiseTerm[][] }).docs;
}

export type VerbForms = Partial<Record<VerbForm, string>>;

export const conjugate = (infinitive: string): VerbForms => transforms.verb.conjugate(infinitive, model);
export const toInfinitive = (word: string, tense: 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle') =>
  transforms.verb.toInfinitive(word, model, tense);
export const toSingular = (noun: string) => transforms.noun.toSingular(noun, model);
export const toPlural = (noun: string) => transforms.noun.toPlural(noun, model);
export const toComparative = (adjective: string) => transforms.adjective.toComparative(adjective, model);
export const toSuperlative = (adjective: string) => transforms.adjective.toSuperlative(adjective, model);

/** The tags compromise's lexicon gives a word on its own ("advice" -> Uncountable), if it knows it. */
export function lexiconTags(word: string): readonly string[] {
  // A plain object: "constructor" must not read its prototype.
  const entry = Object.hasOwn(model.one.lexicon, word) ? model.one.lexicon[word] : undefined;
  if (entry === undefined) return [];
  return typeof entry === 'string' ? [entry] : entry;
}
