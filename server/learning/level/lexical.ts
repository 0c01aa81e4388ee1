// The words of a text and the CEFR level of each content word (noun, verb, adjective, adverb),
// looked up by its lemma. compromise tags each word and gives its lemma ("went" -> "go",
// "analyses" -> "analysis", "happier" -> "happy"); expressions of several words the profile lists
// ("climate change") count once, at their own level. Function words (pronouns, articles,
// prepositions, conjunctions, auxiliaries), names, numbers and interjections are not content: they
// are nearly all A1 and would only dilute the profile; an unlisted word with a capital is taken
// for a name.
import nlp from 'compromise';
import type { LevelIndex, VocabularyProfile } from './vocabulary-profile';

/** A compromise term after compute('root'); `root` is the lemma when it differs from the word. */
interface TaggedTerm {
  text: string;
  normal: string;
  root?: string;
  tags?: Set<string>;
}

export interface ContentWord {
  word: string;
  lemma: string;
  /** Null when neither list has the word (a misspelling, a rare word, a name compromise did not recognise). */
  level: LevelIndex | null;
}

export interface LexicalProfile {
  /** Every word of the text, content or not (what "errors per 100 words" counts against). */
  words: number;
  sentences: number;
  contentWords: ContentWord[];
}

const NOT_CONTENT = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Auxiliary', 'Copula', 'Modal', 'Value', 'ProperNoun', 'Expression', 'QuestionWord', 'Negative'];

const CONTENT = ['Noun', 'Verb', 'Adjective', 'Adverb'];
const isContent = (tags: Set<string>) => CONTENT.some((tag) => tags.has(tag)) && !NOT_CONTENT.some((tag) => tags.has(tag));

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** Words as a reader counts them: "don't" is one word, "9 a.m." two. */
export const countWords = (text: string) => text.match(WORD)?.length ?? 0;

// In a sentence compromise sometimes tags an inflected word without its lemma ("watching series"
// as a noun); the word alone gets one ("watching" -> "watch"). Asked only when the first guess
// is not listed, and remembered (bounded: learners repeat their words).
const isolatedLemmas = new Map<string, string | null>();
const ISOLATED_LEMMA_CACHE = 20_000;

function isolatedLemma(word: string): string | null {
  if (isolatedLemmas.has(word)) return isolatedLemmas.get(word) ?? null;
  const doc = nlp(word);
  doc.compute('root');
  const root = (doc.docs as unknown as TaggedTerm[][])[0]?.[0]?.root ?? null;
  const lemma = root && root !== word ? root : null;
  if (isolatedLemmas.size >= ISOLATED_LEMMA_CACHE) isolatedLemmas.clear();
  isolatedLemmas.set(word, lemma);
  return lemma;
}

function lookUp(profile: VocabularyProfile, term: TaggedTerm): ContentWord {
  const word = term.normal.replace(/['\u2019]s?$/, '');
  for (const candidate of [term.root, word, term.text.toLowerCase(), isolatedLemma(word)]) {
    const level = candidate ? profile.levelOf(candidate) : null;
    if (candidate && level !== null) return { word, lemma: candidate, level };
  }
  // A hyphenated word the lists do not have ("thought-provoking") is as hard as its hardest part.
  if (word.includes('-')) {
    const parts = word.split('-').map((part) => profile.levelOf(part) ?? profile.levelOf(isolatedLemma(part) ?? part));
    if (parts.every((p) => p !== null)) return { word, lemma: word, level: Math.max(...(parts as number[])) as LevelIndex };
  }
  return { word, lemma: term.root ?? word, level: null };
}

/** The profile of one text; a text without sentence punctuation (speech recognition) is one sentence. */
export function lexicalProfile(profile: VocabularyProfile, text: string): LexicalProfile {
  const doc = nlp(text);
  doc.compute('root');
  const sentences = doc.docs as unknown as TaggedTerm[][];
  const contentWords: ContentWord[] = [];
  for (const sentence of sentences) {
    const terms = sentence.filter((t) => t.text !== '' && /\p{L}/u.test(t.normal));
    for (let i = 0; i < terms.length; i++) {
      const expression = matchExpression(profile, terms, i);
      if (expression) {
        contentWords.push(expression.word);
        i += expression.length - 1;
        continue;
      }
      const term = terms[i]!;
      if (!isContent(term.tags ?? new Set())) continue;
      const word = lookUp(profile, term);
      // An unlisted word written with a capital is a name compromise does not know ("Minji", "Gwangju").
      if (word.level === null && /^\p{Lu}/u.test(term.text)) continue;
      contentWords.push(word);
    }
  }
  return { words: countWords(text), sentences: Math.max(sentences.length, text.trim() ? 1 : 0), contentWords };
}

function matchExpression(profile: VocabularyProfile, terms: TaggedTerm[], start: number) {
  for (let length = Math.min(profile.longestExpression, terms.length - start); length >= 2; length--) {
    const span = terms.slice(start, start + length);
    const forms = [span.map((t) => t.normal), span.map((t) => t.root ?? t.normal)];
    for (const form of forms) {
      const level = profile.levelOfExpression(form);
      if (level !== null) return { length, word: { word: form.join(' '), lemma: form.join(' '), level } };
    }
  }
  return null;
}
