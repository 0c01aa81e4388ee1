// Present or present-perfect verbs next to a finished past time ("Yesterday I go", "I have been
// to Paris last year").
import { isBaseVerb, matchCase, pastFromParticiple, pastTense } from '../morphology';
import { IRREGULAR_VERBS } from '../word-lists/irregular-verbs';
import { CLAUSE_START, findWithRegex, type LearnerRule } from './rule';

const TIME_UNITS = 'minutes?|hours?|days?|weeks?|months?|years?';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const PAST_TIME = String.raw`(?:yesterday|last\s+(?:night|week|weekend|month|year|summer|winter|spring|fall|autumn|semester|${DAYS})|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:${TIME_UNITS})\s+ago)`;

const BE_AND_AUXILIARIES: Record<string, string> = {
  am: 'was', is: 'was', are: 'were', "don't": "didn't", "doesn't": "didn't", can: 'could', "can't": "couldn't",
};

// Verbs of thinking, feeling and saying: "I remember the party yesterday" and "I guess last year
// was better" are correct English.
const STATIVE_VERBS = new Set([
  'remember', 'know', 'think', 'believe', 'like', 'love', 'hate', 'want', 'need', 'understand', 'feel', 'hope',
  'seem', 'prefer', 'agree', 'mean', 'forget', 'hear', 'see', 'guess', 'bet', 'say', 'suppose', 'wish', 'doubt',
]);

const VERB_FORMS = new Set(IRREGULAR_VERBS.flat());
// Words that start another clause or phrase between the verb and the time word.
const CLAUSE_WORDS = /^(?:i|he|she|we|they|that|which|who|what|when|where|why|how|because|and|but|so|or|if|since|from|until|before|after|is|are|was|were|will|would|can|could|to)$/i;

function presentToPast(verb: string): string | null {
  const lower = verb.toLowerCase();
  const auxiliary = BE_AND_AUXILIARIES[lower];
  if (auxiliary !== undefined) return matchCase(verb, auxiliary);
  const base = isBaseVerb(lower) ? lower : lower.replace(/(?<=[^aeiou])ies$/, 'y').replace(/(?<=(?:s|sh|ch|x|z|o))es$/, '').replace(/s$/, '');
  if (!isBaseVerb(base) || base === 'be') return null;
  return matchCase(verb, pastTense(base));
}

function leadingTimeMatches(text: string) {
  return findWithRegex(
    text,
    new RegExp(`(?:^|[.!?]\\s+)${PAST_TIME},?\\s+(?:I|we|you|they|he|she|it|(?:my|the|our|his|her|their)\\s+[a-z]+)\\s+(?<fix>[a-z']+)(?!\\s+(?:been|[a-z]+ed)\\b)`, 'i'),
    (m) => presentToPast(m.groups?.fix ?? ''),
  );
}

function trailingTimeMatches(text: string) {
  return findWithRegex(
    text,
    new RegExp(`${CLAUSE_START}\\b(?:I|we|you|they|he|she)\\s+(?<fix>[a-z]+)(?<middle>(?:\\s+[a-z']+){0,4}?)\\s+${PAST_TIME}\\b(?!,?\\s+(?:was|is|were|had|has|will)\\b)`, 'i'),
    (m) => {
      const verb = (m.groups?.fix ?? '').toLowerCase();
      const middle = (m.groups?.middle ?? '').trim().split(/\s+/).filter(Boolean);
      if (middle.some((word) => CLAUSE_WORDS.test(word) || VERB_FORMS.has(word) || /ed$/.test(word))) return null;
      if (verb in BE_AND_AUXILIARIES) return null;
      const base = verb.replace(/s$/, '');
      if (STATIVE_VERBS.has(verb) || STATIVE_VERBS.has(base)) return null;
      const past = presentToPast(m.groups?.fix ?? '');
      return past === null || past.toLowerCase() === verb ? null : past;
    },
  );
}

export const pastTimeRule: LearnerRule = {
  id: 'tense.past-time',
  type: 'tense',
  severity: 'major',
  find: (text) => [...leadingTimeMatches(text), ...trailingTimeMatches(text)],
};

const FINISHED_TIME = String.raw`(?:${PAST_TIME}|in\s+(?:19|20)\d\d)`;
// "since last year", "in the last two years" and "over the past week" go with the present perfect.
const OPEN_PERIOD_WORDS = /^(?:since|for|the|over|in|during|past|until)$/i;
const PLURAL_SUBJECTS = /^(?:we|you|they)$/i;

export const perfectWithPastTimeRule: LearnerRule = {
  id: 'tense.perfect-with-past-time',
  type: 'tense',
  severity: 'major',
  find: (text) =>
    findWithRegex(
      text,
      new RegExp(`${CLAUSE_START}\\b(?<fix>(?<subject>I|we|you|they|he|she|it)(?:\\s+(?:have|has)|['’](?:ve|s))\\s+(?<participle>[a-z]+))(?<next>(?:\\s+[a-z']+){0,5}?)\\s+${FINISHED_TIME}\\b`, 'i'),
      (m) => {
        const subject = m.groups?.subject ?? '';
        const participle = (m.groups?.participle ?? '').toLowerCase();
        const next = (m.groups?.next ?? '').trim().split(/\s+/).filter(Boolean);
        const last = next.at(-1);
        if (last !== undefined && OPEN_PERIOD_WORDS.test(last)) return null;
        if (next.some((word) => CLAUSE_WORDS.test(word) && word.toLowerCase() !== 'to')) return null;
        if (participle === 'been') {
          if (next[0]?.toLowerCase() === 'to') return `${subject} went`;
          return `${subject} ${PLURAL_SUBJECTS.test(subject) ? 'were' : 'was'}`;
        }
        const past = pastFromParticiple(participle);
        return past === undefined ? null : `${subject} ${past}`;
      },
    ),
};
