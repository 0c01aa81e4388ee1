// Subject-verb agreement after noun subjects, which harper only checks after pronouns. The subject
// is read from compromise's tags (subjects.ts), so any noun counts, not only listed ones.
import { matchCase, isBaseVerb, verbBase, verbForms } from '../morphology';
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { canBeVerb, lexicalTags } from '../lexicon/word-classes';
import { findAtWords, findWithRegex, type LearnerRule, type RuleMatch } from './rule';
import { PLURAL_DETERMINERS, SINGULAR_DETERMINERS, laterFiniteVerb, startsClause, subjectBefore } from './subjects';

const TO_SINGULAR_VERB: Record<string, string> = {
  are: 'is', were: 'was', have: 'has', "aren't": "isn't", "weren't": "wasn't", "haven't": "hasn't", "don't": "doesn't", dont: "doesn't",
};
const TO_PLURAL_VERB: Record<string, string> = {
  is: 'are', was: 'were', has: 'have', "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't",
};
const AUXILIARY = /^(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)$/i;
const MODALS = /^(?:can|could|will|would|shall|should|may|might|must|ought|used|be)$/i;
// Verbs that take a clause without "that" ("The writer thinks the economy is ..."): a later verb
// belongs to that clause, not to a compound noun.
const CLAUSE_VERBS = new Set(['think', 'say', 'believe', 'know', 'hope', 'feel', 'guess', 'mean', 'agree', 'hear', 'read', 'claim', 'argue', 'expect', 'worry', 'suggest', 'show', 'wish', 'admit']);
// "They insisted that he leave": the subjunctive after these keeps the base form.
const SUBJUNCTIVE_BEFORE = /\b(?:insist|suggest|demand|recommend|require|request|propose|ask|urge|order|advise)(?:s|ed|ing)?\s+that\s+$/i;
// "news" has its own rule and explanation (countability.news-singular).
const OWN_RULE_HEADS = new Set(['news']);

/** A base verb with a word after it that is not an auxiliary, and no second verb later in the clause. */
function isBareVerbHere(tagged: TaggedText, word: TaggedWord): boolean {
  const lower = word.text;
  if (lower !== lower.toLowerCase() || MODALS.test(lower) || !isBaseVerb(lower) || !canBeVerb(lower)) return false;
  // "He quit", "She put it there": the past of these is the base itself.
  if (verbForms(lower).past === lower) return false;
  const next = tagged.next(word);
  if (next === undefined || !/^\s+$/.test(tagged.text.slice(word.end, next.start))) return false;
  if (AUXILIARY.test(next.text)) return false;
  // "Our coach shout": "coach" is the noun when a verb comes right after it.
  if (word.tags.has('Noun') && next.tags.has('Verb') && !next.tags.has('Noun')) return false;
  return CLAUSE_VERBS.has(lower) || !laterFiniteVerb(tagged, word);
}

/** "watch cartoons and play games": a base verb joined by "and" to a verb of the same subject. */
function coordinatedWith(tagged: TaggedText, word: TaggedWord): TaggedWord | undefined {
  const and = tagged.previous(word);
  if (and === undefined || !/^(?:and|or)$/i.test(and.text)) return undefined;
  let before = tagged.previous(and);
  for (let steps = 0; before !== undefined && steps < 6; steps++, before = tagged.previous(before)) {
    if (/[.!?,;:]/.test(tagged.text.slice(before.end, tagged.next(before)?.start ?? before.end))) return undefined;
    if (before.tags.has('Noun') && !before.tags.has('Verb')) continue;
    if (before.tags.has('Verb') || verbBase(before.text) !== undefined) return before;
  }
  return undefined;
}

// "It depend on the price": harper leaves a base verb after "it" alone. Only "it" opening a
// clause, before a preposition, a determiner, an adverb or the end: "Let it go", "make it
// happen" and "Does it work?" have "it" as an object or after a do-word; "It like a dream"
// lacks "is", so "like" is left out.
const UNLISTED_VERBS = new Set(['depend', 'attend']);

function itBareVerb(tagged: TaggedText): RuleMatch[] {
  return findAtWords(tagged, (word): RuleMatch | null => {
    const subject = tagged.previous(word);
    if (subject === undefined || !/^it$/i.test(subject.text) || !/^\s+$/.test(tagged.text.slice(subject.end, word.start))) return null;
    if (!startsClause(tagged.text, subject.start) || SUBJUNCTIVE_BEFORE.test(tagged.text.slice(0, subject.start))) return null;
    const lower = word.text;
    // compromise's lexicon lacks a few everyday verbs ("depend", "attend") and only guesses them,
    // as it guesses misspellings ("happend", which is harper's): those are named here.
    const base = isBaseVerb(lower) || UNLISTED_VERBS.has(lower);
    if (lower !== lower.toLowerCase() || MODALS.test(lower) || !base || !canBeVerb(lower) || /^(?:like|please|let)$/.test(lower)) return null;
    if (verbForms(lower).past === lower || lexicalTags(lower).has('Adjective') || lexicalTags(lower).has('Noun')) return null;
    const next = tagged.next(word);
    const rest = tagged.text.slice(word.end);
    if (next !== undefined && !/^\s*[.!?,;]/.test(rest) && !(next.tags.has('Preposition') || next.tags.has('Determiner') || next.tags.has('Adverb'))) return null;
    return { start: word.start, end: word.end, replacement: verbForms(lower).third };
  });
}

export const singularSubjectRule: LearnerRule = {
  id: 'agreement.singular-subject',
  type: 'agreement',
  severity: 'major',
  find: (tagged) => [...itBareVerb(tagged), ...singularNounSubjects(tagged)],
};

function singularNounSubjects(tagged: TaggedText): RuleMatch[] {
  return (
    findAtWords(tagged, (word): RuleMatch | null => {
      const lower = word.text.toLowerCase();
      const swapped = TO_SINGULAR_VERB[lower];
      const subject = swapped !== undefined || isBareVerbHere(tagged, word) ? subjectBefore(tagged, word) : undefined;
      if (subject === undefined) {
        // The second verb of "My sister watches cartoons and play games".
        if (swapped !== undefined || !isBaseVerb(lower) || lower !== word.text || verbForms(lower).past === lower) return null;
        const first = coordinatedWith(tagged, word);
        if (first === undefined) return null;
        const firstBase = verbBase(first.text) ?? first.text.toLowerCase();
        const firstIsThird = firstBase !== first.text.toLowerCase() && verbForms(firstBase).third === first.text.toLowerCase();
        if (subjectBefore(tagged, first)?.number !== 'singular' || (!firstIsThird && !isBareVerbHere(tagged, first))) return null;
        return { start: word.start, end: word.end, replacement: verbForms(lower).third };
      }
      if (SUBJUNCTIVE_BEFORE.test(tagged.text.slice(0, subject.start))) return null;
      if (subject.number !== 'singular') return null;
      if (subject.determiner !== undefined && PLURAL_DETERMINERS.has(subject.determiner)) return null;
      if (OWN_RULE_HEADS.has(subject.head.text.toLowerCase())) return null;
      // "This are my books" means "these are": the pronoun is what is wrong.
      if (swapped !== undefined && subject.head.text.toLowerCase() === 'this' && lower !== "don't") return null;
      const replacement = swapped ?? verbForms(lower).third;
      return { start: word.start, end: word.end, replacement: matchCase(word.text, replacement) };
    })
  );
}

function pluralVerbFor(tagged: TaggedText, word: TaggedWord): string | undefined {
  const lower = word.text.toLowerCase();
  const swapped = TO_PLURAL_VERB[lower];
  if (swapped !== undefined) return swapped;
  if (word.text !== lower || !lower.endsWith('s')) return undefined;
  const base = verbBase(lower);
  if (base === undefined || base === lower || verbForms(base).third !== lower || !canBeVerb(base)) return undefined;
  const next = tagged.next(word);
  if (next === undefined) return undefined;
  // A second verb later means this word was part of a compound noun, unless it sits in a
  // relative clause ("the students who lives here are ...").
  if (laterFiniteVerb(tagged, word) && subjectBefore(tagged, word)?.relative !== true) return undefined;
  return base;
}

export const pluralSubjectRule: LearnerRule = {
  id: 'agreement.plural-subject',
  type: 'agreement',
  severity: 'major',
  find: (tagged) =>
    findAtWords(tagged, (word): RuleMatch | null => {
      const plural = pluralVerbFor(tagged, word);
      if (plural === undefined) return null;
      const subject = subjectBefore(tagged, word);
      // Pronouns are harper's ("they was"); names ending in -s are singular ("the United States is").
      if (subject === undefined || subject.kind === 'pronoun' || subject.number !== 'plural') return null;
      if (subject.head.tags.has('ProperNoun') || (/^[A-Z]/.test(subject.head.text) && subject.head.start !== subject.start)) return null;
      if (subject.determiner !== undefined && SINGULAR_DETERMINERS.has(subject.determiner)) return null;
      // "lends books, hosts readings": a verb of a list, read in context, is no subject.
      const afterComma = /,\s*$/.test(tagged.text.slice(0, subject.start));
      if (afterComma && subject.head.tags.has('Verb') && !subject.head.tags.has('Noun')) return null;
      return { start: word.start, end: word.end, replacement: matchCase(word.text, plural) };
    }),
};

// "The number of tourists ... are increasing" -> "is": the head is "number", singular, whatever
// is counted. "A number of tourists are" is plural and stays; a relative clause between ("the
// number of people who are ...") has a verb of its own, so it is left alone.
export const numberOfRule: LearnerRule = {
  id: 'agreement.the-number-of',
  type: 'agreement',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b[Tt]he\s+number\s+of\s+(?<between>[a-z]+(?:\s+[A-Za-z]+){0,4}?)\s+(?<fix>are|were|have|aren['’]t|weren['’]t|haven['’]t)\b/, (m) => {
      if (/\b(?:who|that|which|where|when|whom|whose|I|we|you|they|he|she|and|or|than)\b/.test(m.groups?.between ?? '')) return null;
      const verb = m.groups?.fix ?? '';
      return TO_SINGULAR_VERB[verb.replace('’', "'")]?.replace("'", verb.includes('’') ? '’' : "'") ?? null;
    }),
};
