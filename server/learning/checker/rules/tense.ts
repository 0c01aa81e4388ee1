// Present or present-perfect verbs next to a finished past time ("Yesterday I go", "I goes to the
// park yesterday", "I have been to Paris last year"). Which words are verbs, and their past
// forms, come from compromise (lexicon/verbs.ts).
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { matchCase, pastFromParticiple, verbBase, verbForms } from '../morphology';
import { CLAUSE_START, findWithRegex, type LearnerRule, type RuleMatch } from './rule';
import { readsAsVerbAfterNoun, subjectBefore } from './subjects';

const TIME_UNITS = 'minutes?|hours?|days?|weeks?|months?|years?|decades?';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NUMBER_WORDS = String.raw`\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many|a\s+couple\s+of`;
const PAST_TIME = String.raw`(?:yesterday|the\s+day\s+before\s+yesterday|the\s+other\s+day|last\s+(?:night|week|weekend|month|year|summer|winter|spring|fall|autumn|semester|time|${DAYS})|(?:${NUMBER_WORDS})\s+(?:${TIME_UNITS})\s+ago|a\s+long\s+time\s+ago)`;
// "When I was young," opens a finished past as well.
const PAST_CLAUSE = String.raw`when\s+(?:I|we|he|she|they|my\s+[a-z]+)\s+(?:was|were)\s+(?:a\s+|an\s+|in\s+)?[a-z]+(?:\s+[a-z]+)?`;

const BE_AND_AUXILIARIES: Record<string, string> = {
  am: 'was', is: 'was', are: 'were', "don't": "didn't", "doesn't": "didn't", dont: "didn't", doesnt: "didn't",
  can: 'could', "can't": "couldn't", have: 'had', has: 'had',
};

// Verbs of thinking, feeling and saying: "I remember the party yesterday" and "I guess last year
// was better" are correct English.
const STATIVE_VERBS = new Set([
  'remember', 'know', 'think', 'believe', 'like', 'love', 'hate', 'want', 'need', 'understand', 'feel', 'hope',
  'seem', 'prefer', 'agree', 'mean', 'forget', 'hear', 'see', 'guess', 'bet', 'say', 'suppose', 'wish', 'doubt',
]);

// Words that start another clause between the verb and the time word, or make the time belong
// to something else than the verb ("the man who came yesterday").
const CLAUSE_WORDS = /^(?:i|he|she|we|they|that|which|who|what|when|where|why|how|because|but|so|or|if|since|from|until|before|after|is|are|was|were|will|would|can|could|should|must|might|may)$/i;
// "since last year" goes with the perfect; "higher than last year" compares with it.
const OPEN_PERIOD_BEFORE = /\b(?:since|for|until|from|by|before|after|of|than)\s+$/i;

/** The simple past for a present-tense verb or auxiliary, or null when it is none. */
function presentToPast(word: TaggedWord): string | null {
  const lower = word.text.toLowerCase();
  const auxiliary = BE_AND_AUXILIARIES[lower];
  if (auxiliary !== undefined) return matchCase(word.text, auxiliary);
  if (word.text !== lower && !/^[A-Z][a-z]+$/.test(word.text)) return null;
  // compromise may read the verb as a noun here ("my family move"): its place after the subject
  // decides, and the lexicon only has to allow a verb.
  if (lower.endsWith('ing')) return null;
  const base = verbBase(lower);
  if (base === undefined || base === 'be') return null;
  const forms = verbForms(base);
  if (lower !== forms.base && lower !== forms.third) return null;
  if (forms.past === lower) return null;
  return matchCase(word.text, forms.past);
}

const SUBJECT_WORD = (word: TaggedWord): boolean =>
  /^(?:i|you|he|she|it|we|they)$/i.test(word.text) ||
  word.tags.has('Determiner') ||
  word.tags.has('Possessive') ||
  word.tags.has('Adjective') ||
  (word.tags.has('Noun') && !word.tags.has('Verb') && !word.tags.has('Date'));
const MAX_SUBJECT_WORDS = 4;
const COORDINATORS = /^(?:and|then|but)$/i;

function sentenceEndAfter(text: string, offset: number): number {
  const end = text.slice(offset).search(/[.!?](?:\s|$)/);
  return end < 0 ? text.length : offset + end;
}

/** "and" inside a subject: "Last weekend my husband and I watch" ("and I", "and my sister"). */
const joinsSubject = (words: readonly TaggedWord[], index: number, subjectWords: number): boolean =>
  subjectWords > 0 && /^and$/i.test(words[index]!.text) && /^(?:I|my|his|her|our|their|the)$/.test(words[index + 1]?.text ?? '');

/** After a leading past time: the verb after its subject, and verbs joined to it by "and" / "then". */
function verbsAfterLeadingTime(tagged: TaggedText, from: number): RuleMatch[] {
  const end = sentenceEndAfter(tagged.text, from);
  const words = tagged.words.filter((w) => w.start >= from && w.end <= end);
  const found: RuleMatch[] = [];
  let index = 0;
  while (index < words.length) {
    let subjectWords = 0;
    while (index < words.length && subjectWords < MAX_SUBJECT_WORDS && (SUBJECT_WORD(words[index]!) || joinsSubject(words, index, subjectWords)) && !(subjectWords > 0 && readsAsVerbAfterNoun(tagged, words[index]!))) {
      index++;
      subjectWords++;
    }
    const verb = words[index];
    if (verb === undefined || (subjectWords === 0 && found.length === 0)) break;
    const past = presentToPast(verb);
    if (past !== null && past !== verb.text) found.push({ start: verb.start, end: verb.end, replacement: past });
    // Go on only into a clause joined by "and" / "then" / "but" (not "that", "because", ...).
    const next = words.findIndex((w, i) => i > index && (COORDINATORS.test(w.text) || CLAUSE_WORDS.test(w.text) || w.text.includes(',')));
    if (next < 0 || !COORDINATORS.test(words[next]!.text)) break;
    index = next + 1;
    if (words[index] && /^then$/i.test(words[index]!.text)) index++;
  }
  return found;
}

function leadingTimeMatches(tagged: TaggedText): RuleMatch[] {
  const pattern = new RegExp(`(?:^|[.!?]\\s+)(?:${PAST_TIME}|${PAST_CLAUSE}),?\\s+(?=\\S)`, 'gi');
  return [...tagged.text.matchAll(pattern)].flatMap((m) => verbsAfterLeadingTime(tagged, m.index + m[0].length));
}

// "My family and I visit ...": a subject joined to "I" by "and", which subjectBefore leaves out
// ("and" also joins objects), when it opens the clause.
const AND_I_SUBJECT = /(?:^|[.!?,;:]\s*|\b(?:but|so|because|when|if|then)\s+)(?:(?:my|our|his|her|their|the)\s+)?(?:[a-z]+\s+)?[A-Za-z]+\s+and\s+I\s+$/i;

function andISubjectBefore(tagged: TaggedText, verb: TaggedWord): true | undefined {
  return AND_I_SUBJECT.test(tagged.text.slice(0, verb.start)) ? true : undefined;
}

/** Verbs before a past time at the end of the clause: "I goes to the park yesterday". */
function trailingTimeMatches(tagged: TaggedText): RuleMatch[] {
  const pattern = new RegExp(`\\b${PAST_TIME}\\b(?!,?\\s+(?:was|is|were|had|has|will)\\b)`, 'gi');
  const found: RuleMatch[] = [];
  for (const m of tagged.text.matchAll(pattern)) {
    const before = tagged.text.slice(0, m.index);
    if (OPEN_PERIOD_BEFORE.test(before) || /(?:^|[.!?]\s*)$/.test(before)) continue;
    // The clause the time word ends: back to the last punctuation.
    const clauseStart = Math.max(before.search(/[^.!?;:]*$/), 0);
    const clause = tagged.words.filter((w) => w.start >= clauseStart && w.end <= m.index);
    const verbIndex = clause.findIndex((w) => {
      const subject = subjectBefore(tagged, w) ?? andISubjectBefore(tagged, w);
      return subject !== undefined && presentToPast(w) !== null;
    });
    if (verbIndex < 0) continue;
    const verbs = [clause[verbIndex]!];
    let blocked = false;
    for (let i = verbIndex + 1; i < clause.length && !blocked; i++) {
      const word = clause[i]!;
      const lower = word.text.toLowerCase();
      if (lower === 'and' && clause[i + 1] !== undefined && presentToPast(clause[i + 1]!) !== null) {
        verbs.push(clause[i + 1]!);
        i++;
      } else if (CLAUSE_WORDS.test(lower) || lower === 'and' || word.tags.has('PastTense') || /ed$/.test(lower)) {
        blocked = true;
      } else if (lower === 'to' && clause[i + 1] !== undefined && clause[i + 1]!.tags.has('Infinitive')) {
        // "I want to go ... yesterday": the time belongs to the infinitive's clause.
        blocked = true;
      }
    }
    if (blocked) continue;
    for (const verb of verbs) {
      const lower = verb.text.toLowerCase();
      const base = verbBase(lower) ?? lower;
      if (STATIVE_VERBS.has(base)) continue;
      const past = presentToPast(verb);
      if (past !== null && past.toLowerCase() !== lower) found.push({ start: verb.start, end: verb.end, replacement: past });
    }
  }
  return found;
}

export const pastTimeRule: LearnerRule = {
  id: 'tense.past-time',
  type: 'tense',
  severity: 'major',
  find: (tagged) => [...leadingTimeMatches(tagged), ...trailingTimeMatches(tagged)],
};

const FINISHED_TIME = String.raw`(?:${PAST_TIME}|in\s+(?:19|20)\d\d)`;
// "since last year", "in the last two years" and "over the past week" go with the present perfect.
const OPEN_PERIOD_WORDS = /^(?:since|for|the|over|in|during|past|until|from)$/i;
const PLURAL_SUBJECTS = /^(?:we|you|they)$/i;

export const perfectWithPastTimeRule: LearnerRule = {
  id: 'tense.perfect-with-past-time',
  type: 'tense',
  severity: 'major',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(`${CLAUSE_START}\\b(?<fix>(?<subject>I|we|you|they|he|she|it)(?:\\s+(?:have|has)|['’](?:ve|s))\\s+(?<participle>[a-z]+))(?<next>(?:\\s+[a-z']+){0,5}?)\\s+${FINISHED_TIME}\\b`, 'i'),
      (m) => {
        const subject = m.groups?.subject ?? '';
        const participle = (m.groups?.participle ?? '').toLowerCase();
        const next = (m.groups?.next ?? '').trim().split(/\s+/).filter(Boolean);
        const last = next.at(-1);
        if (last !== undefined && OPEN_PERIOD_WORDS.test(last)) return null;
        // "graduated from university last year": "from" only opens a period as the last word ("from last year").
        if (next.some((word) => CLAUSE_WORDS.test(word) && !/^(?:to|from)$/i.test(word))) return null;
        if (participle === 'been') {
          if (next[0]?.toLowerCase() === 'to') return `${subject} went`;
          return `${subject} ${PLURAL_SUBJECTS.test(subject) ? 'were' : 'was'}`;
        }
        const past = pastFromParticiple(participle);
        return past === undefined ? null : `${subject} ${past}`;
      },
    ),
};

// "I started learning the guitar before two years" -> "two years ago": a time back from now is
// "ago" (Korean 2년 전에 reads as "before two years"). Only a length of time that ends the clause
// of a past verb: "before two hours had passed" goes on, and "before 9" is a clock time.
export const beforeAgoRule: LearnerRule = {
  id: 'tense.before-ago',
  type: 'tense',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, new RegExp(String.raw`\b(?<fix>before\s+(?<length>(?:${NUMBER_WORDS})\s+(?:${TIME_UNITS})))(?=\s*[.!?,;]|\s*$)`, 'i'), (m) => {
      const clauseStart = Math.max(tagged.text.slice(0, m.index).search(/[^.!?;,]*$/), 0);
      const pastVerb = tagged.words.some((w) => w.start >= clauseStart && w.end <= m.index && w.tags.has('PastTense'));
      return pastVerb ? `${m.groups?.length ?? ''} ago` : null;
    }),
};

// "When have you arrived in Korea?" -> "When did you arrive": a question about when asks for a
// finished time, which takes the past ("Since when have you ..." measures up to now).
export const whenPerfectRule: LearnerRule = {
  id: 'tense.when-perfect',
  type: 'tense',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /(?<=^|[.!?]\s+)When\s+(?<fix>(?:have|has)\s+(?<subject>I|you|we|they|he|she|it|(?:my|your|his|her|our|their|the)\s+[a-z]+)\s+(?<participle>[a-z]+))\b(?=[^.!?]*\?)/, (m) => {
      const past = pastFromParticiple((m.groups?.participle ?? '').toLowerCase());
      const base = past === undefined ? undefined : verbBase(past);
      if (base === undefined || /^(?:been|had)$/.test(m.groups?.participle ?? '')) return null;
      return `did ${m.groups?.subject ?? ''} ${base}`;
    }),
};
