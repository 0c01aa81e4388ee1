// compromise, loaded once for the whole server: its tagger, lexicon and inflection. Importing
// this module builds the lexicon (~200 ms the first time); every sentence after that takes a
// millisecond or two.
import nlp from 'compromise';

// The parts of compromise's model we read. Its published types describe the View API, not the
// model objects, so they are typed here from what compromise 14 ships.
interface CompromiseModel {
  one: {
    lexicon: Record<string, string | string[]>;
    tagSet: Record<string, { parents?: string[] }>;
  };
  two: { switches: Record<string, string> };
}

interface CompromiseTransforms {
  verb: {
    conjugate(infinitive: string, model: CompromiseModel): Partial<Record<'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'Participle', string>>;
    toInfinitive(word: string, model: CompromiseModel, tense: string): string;
  };
  noun: {
    toPlural(singular: string, model: CompromiseModel): string;
    toSingular(plural: string, model: CompromiseModel): string;
  };
  adjective: {
    toComparative(adjective: string, model: CompromiseModel): string;
    toSuperlative(adjective: string, model: CompromiseModel): string;
    fromComparative(comparative: string, model: CompromiseModel): string;
    fromSuperlative(superlative: string, model: CompromiseModel): string;
  };
}

/** One compromise term as the tagger left it (the fields this project reads). */
export interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  /** The word a contraction stands for: "I'm" -> "i" + "am". */
  implicit?: string;
  /** The lemma, after compute('root'). */
  root?: string;
  /** Where the term is in the text, after compute('offset'). */
  offset?: { start: number; length: number };
}

// Mass nouns compromise 14 tags as ordinary nouns; learners pluralise all of them ("feedbacks").
nlp.addWords({
  feedback: 'Uncountable',
  evidence: 'Uncountable',
  software: 'Uncountable',
  hardware: 'Uncountable',
  vocabulary: 'Uncountable',
  housework: 'Uncountable',
  stuff: 'Uncountable',
  garbage: 'Uncountable',
  trash: 'Uncountable',
  weather: 'Uncountable',
  progress: 'Uncountable',
  pollution: 'Uncountable',
  transportation: 'Uncountable',
  clothing: 'Uncountable',
  slang: 'Uncountable',
  grammar: 'Uncountable',
  fun: 'Uncountable',
});

export const model = nlp.model() as unknown as CompromiseModel;
export const transforms = (nlp.methods() as unknown as { two: { transform: CompromiseTransforms } }).two.transform;

/** The sentences of a text as compromise tags them in context. */
export function tagTerms(text: string): CompromiseTerm[][] {
  return (nlp(text) as unknown as { docs: CompromiseTerm[][] }).docs;
}
