// Key terms: the nouns an article repeats and the multi-word names it uses ("Federal Reserve",
// "Bank of England"), ranked by frequency, with title words counting extra. A word is a noun when
// compromise's lexicon says so or the article puts a determiner before it ("the vote").
import { canBeKeyNoun } from './keyPhrases';
import { STOPWORDS } from './stopwords';

export const MIN_KEY_TERMS = 3;
export const MAX_KEY_TERMS = 8;

interface Candidate {
  display: string;
  count: number;
  firstSeen: number;
  /** Seen lower-case somewhere, so it is a common noun and shown lower-case. */
  lowerSeen: boolean;
  /** Seen capitalised inside a sentence, where a capital marks a name ("Tesla"). */
  nameSeen: boolean;
  /** Seen ending a phrase a determiner opened ("the vote on ...", "a record."), so used as a noun. */
  afterDeterminer: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
// Ranked candidates read for being nouns; the rest are too rare to be key terms.
const NOUN_CHECKS = 40;

const WORD = /[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]/g;
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'de', 'the']);

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90;
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && /^[A-Z]+$/.test(word);
}

function isContentWord(token: string, lower: string): boolean {
  if (/['\u2019]/.test(lower) || STOPWORDS.has(lower)) return false;
  return lower.length >= 3 || isAcronym(token);
}

/** Plural and singular count as one term ("robots" joins "robot" when both appear). */
function singularOf(lower: string, known: ReadonlyMap<string, Candidate>): string {
  if (lower.endsWith('ies') && known.has(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('es') && known.has(lower.slice(0, -2))) return lower.slice(0, -2);
  if (lower.endsWith('s') && known.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return lower;
}

function namesIn(sentence: string): string[] {
  const words = sentence.match(WORD) ?? [];
  const names: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    while (run.length > 0 && !isCapitalised(run[run.length - 1] ?? '')) run.pop();
    while (run.length > 0 && STOPWORDS.has((run[0] ?? '').toLowerCase())) run.shift();
    if (run.filter(isCapitalised).length >= 2) names.push(run.join(' '));
    run = [];
  };
  for (const word of words) {
    if (isCapitalised(word) && word.length > 1) run.push(word);
    else if (run.length > 0 && NAME_CONNECTORS.has(word)) run.push(word);
    else flush();
  }
  flush();
  return names;
}

function rank(candidates: Iterable<Candidate>): Candidate[] {
  return [...candidates].sort((a, b) => b.count - a.count || a.firstSeen - b.firstSeen);
}

/** 3-8 key terms of the article, most important first; fewer only when the text has fewer. */
export function pickKeyTerms(title: string, sentences: readonly string[]): string[] {
  const words = new Map<string, Candidate>();
  const names = new Map<string, Candidate>();
  let position = 0;
  const titleWords = new Set((title.match(WORD) ?? []).map((w) => w.toLowerCase()));

  for (const sentence of sentences) {
    const tokens = sentence.match(WORD) ?? [];
    tokens.forEach((rawToken, index) => {
      position++;
      const token = rawToken.replace(/['\u2019]s$/, '');
      const lower = token.toLowerCase();
      if (!isContentWord(token, lower)) return;
      const lowerHere = !isCapitalised(token);
      // A capital at the start of a sentence says nothing about whether the word is a name.
      const nameHere = !lowerHere && (index > 0 || isAcronym(token));
      // "the vote on Friday" uses "vote" as a noun; "the federal government" does not use "federal" as one.
      const nextToken = tokens[index + 1];
      const endsPhrase = nextToken === undefined || STOPWORDS.has(nextToken.toLowerCase());
      const afterDeterminer = index > 0 && DETERMINERS.has((tokens[index - 1] ?? '').toLowerCase()) && endsPhrase;
      const existing = words.get(lower);
      if (existing) {
        existing.count++;
        existing.lowerSeen ||= lowerHere;
        if (nameHere && !existing.nameSeen) existing.display = token;
        existing.nameSeen ||= nameHere;
        existing.afterDeterminer ||= afterDeterminer;
      } else {
        words.set(lower, { display: token, count: 1, firstSeen: position, lowerSeen: lowerHere, nameSeen: nameHere, afterDeterminer });
      }
    });
    for (const name of namesIn(sentence)) {
      const existing = names.get(name);
      if (existing) existing.count++;
      else names.set(name, { display: name, count: 1, firstSeen: position, lowerSeen: false, nameSeen: true, afterDeterminer: false });
    }
  }

  const merged = new Map<string, Candidate>();
  for (const [lower, candidate] of [...words].sort((a, b) => a[0].length - b[0].length)) {
    const key = singularOf(lower, merged);
    const target = merged.get(key);
    if (target) {
      if (candidate.count > target.count) target.display = candidate.display;
      target.count += candidate.count;
      target.lowerSeen ||= candidate.lowerSeen;
      target.nameSeen ||= candidate.nameSeen;
      target.firstSeen = Math.min(target.firstSeen, candidate.firstSeen);
      target.afterDeterminer ||= candidate.afterDeterminer;
    } else {
      merged.set(key, { ...candidate });
    }
  }
  for (const [lower, candidate] of merged) {
    if (titleWords.has(lower)) candidate.count += 1;
    if (candidate.lowerSeen || !candidate.nameSeen) candidate.display = candidate.display.toLowerCase();
  }

  const chosenNames = rank(names.values()).filter((n) => n.count >= 2);
  const nameWords = new Set(chosenNames.flatMap((n) => n.display.toLowerCase().split(' ')));
  for (const n of chosenNames) n.count = n.count * 2;
  const pool = rank([...chosenNames, ...[...merged].filter(([w]) => !nameWords.has(w)).map(([, c]) => c)])
    .slice(0, NOUN_CHECKS)
    .filter((c) => canBeKeyNoun(c.display, c.afterDeterminer, c.lowerSeen));

  const repeated = pool.filter((c) => c.count >= 2);
  const chosen = repeated.length >= MIN_KEY_TERMS ? repeated : pool.slice(0, MIN_KEY_TERMS);
  return chosen.slice(0, MAX_KEY_TERMS).map((c) => c.display);
}
