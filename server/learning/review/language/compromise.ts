// compromise (English tagger, lexicon and inflection) as the notebook uses it: sentences of
// tagged terms with their lemma and offsets, and the inflection functions themselves, called
// directly so that "the past of see" does not cost a whole parse.
import nlp from 'compromise';

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
}

type VerbForm = 'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle';

interface CompromiseTransforms {
  verb: {
    conjugate(infinitive: string, model: CompromiseModel): Partial<Record<VerbForm, string>>;
    toInfinitive(word: string, model: CompromiseModel, tense: string): string;
  };
  noun: {
    toPlural(singular: string, model: CompromiseModel): string;
    toSingular(plural: string, model: CompromiseModel): string;
  };
  adjective: {
    toComparative(adjective: string, model: CompromiseModel): string;
    toSuperlative(adjective: string, model: CompromiseModel): string;
  };
}

/** One term as compromise leaves it after compute('root') and compute('offset'). */
export interface CompromiseTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  /** The word a contraction stands for: "I'm" -> "i" + "am". */
  implicit?: string;
  root?: string;
  offset?: { start: number; length: number };
}

const model = nlp.model() as unknown as CompromiseModel;
const transforms = (nlp.methods() as unknown as { two: { transform: CompromiseTransforms } }).two.transform;

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
  const entry = model.one.lexicon[word];
  if (entry === undefined) return [];
  return typeof entry === 'string' ? [entry] : entry;
}
