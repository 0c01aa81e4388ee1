// A learner's text as the notebook reads it: sentences of tokens, each with its word (lower case,
// contractions expanded: "I'm" -> "i" + "am"), its lemma ("enjoyed" -> "enjoy", "tomatoes" ->
// "tomato", "were" -> "be"), compromise's tags and its offsets in the text.
import { conjugate, tagSentences, toInfinitive, toSingular, type CompromiseTerm } from './compromise';

export interface Token {
  /** As written; empty for the second half of a contraction. */
  text: string;
  word: string;
  lemma: string;
  tags: ReadonlySet<string>;
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
}

export type Sentence = readonly Token[];

const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HAVE_FORMS = new Set(['have', 'has', 'had', 'having']);
const DO_FORMS = new Set(['do', 'does', 'did', 'doing', 'done']);

const TENSES = ['Gerund', 'Participle', 'PastTense', 'PresentTense'] as const;

const inflectionCache = new Map<string, ReadonlySet<string>>();

/** Every form compromise conjugates the verb into ("go" -> go, went, goes, going, gone). Cached. */
function inflections(lemma: string): ReadonlySet<string> {
  let forms = inflectionCache.get(lemma);
  if (forms === undefined) {
    if (inflectionCache.size >= 5_000) inflectionCache.clear();
    forms = new Set([lemma, ...Object.values(conjugate(lemma)).map((form) => form?.toLowerCase())].filter((form): form is string => Boolean(form)));
    inflectionCache.set(lemma, forms);
  }
  return forms;
}

/**
 * A verb's lemma, checked against the verb's own conjugation: compromise's root is sometimes a
 * verb that does not exist ("gone" -> "gine"), and then the infinitive of the tense the word is
 * tagged with, whose conjugation holds the word, is the lemma ("gone" is the participle of "go").
 */
function verbLemma(term: CompromiseTerm, word: string, root: string | undefined): string {
  if (root && root !== word && inflections(root).has(word)) return root;
  if (!term.tags.has('Infinitive')) {
    // The tenses it is tagged with first: "known" tagged past only is still the participle of "know".
    const tenses = [...TENSES.filter((tag) => term.tags.has(tag)), ...TENSES.filter((tag) => !term.tags.has(tag))];
    for (const tense of tenses) {
      const candidate = toInfinitive(word, tense).toLowerCase();
      if (candidate && candidate !== word && inflections(candidate).has(word)) return candidate;
    }
  }
  return root || word;
}

function lemmaOf(term: CompromiseTerm, word: string): string {
  if (BE_FORMS.has(word)) return 'be';
  if (HAVE_FORMS.has(word)) return 'have';
  if (DO_FORMS.has(word)) return 'do';
  const root = term.root?.toLowerCase();
  if (term.tags.has('Verb')) return verbLemma(term, word, root);
  if (root) return root;
  if (term.tags.has('Noun') && term.tags.has('Plural') && !term.tags.has('Pronoun')) return toSingular(word).toLowerCase() || word;
  return word;
}

function toToken(term: CompromiseTerm): Token {
  const word = (term.implicit ?? term.normal).toLowerCase().replace(/[’]/g, "'");
  const start = term.offset?.start ?? 0;
  return { text: term.text, word, lemma: lemmaOf(term, word), tags: term.tags, start, end: start + (term.offset?.length ?? term.text.length) };
}

/** The sentences of a text, tagged in context. */
export function parseSentences(text: string): Sentence[] {
  return tagSentences(text)
    .map((terms) => terms.map(toToken).filter((token) => token.word.length > 0))
    .filter((sentence) => sentence.length > 0);
}

export const hasTag = (token: Token | undefined, tag: string): boolean => token?.tags.has(tag) ?? false;
