// -ing for -ed after a person: "I was very boring in class" -> "bored", "she is exciting about the
// trip" -> "excited". Korean has one word for both (지루하다), so learners pick the -ing form. "I am
// boring" can be meant, so only where the person is plainly the one who feels it: "I" or "we"
// (not before an object: "am I boring you?"), or anyone before the feeling's own preposition.
import { lexicalTags } from '../lexicon/word-classes';
import { verbForms } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';
import { startsClause } from './subjects';

/** The verbs of feeling whose -ing form describes the cause and -ed form the person. */
export const FEELING_VERBS = [
  'bore', 'excite', 'tire', 'confuse', 'surprise', 'disappoint', 'embarrass', 'frighten', 'terrify', 'satisfy',
  'shock', 'depress', 'exhaust', 'frustrate', 'interest',
] as const;
// The preposition each feeling takes after the person ("interested in", "excited about").
export const OWN_PREPOSITION: Readonly<Record<string, string>> = {
  interest: 'in', excite: 'about', bore: 'with', tire: 'of', confuse: 'about', disappoint: 'with', satisfy: 'with',
  surprise: 'at', embarrass: 'about', frighten: 'of', terrify: 'of', frustrate: 'with',
};
const ING_TO_VERB = new Map(FEELING_VERBS.map((verb) => [verbForms(verb).gerund, verb]));
const DEGREE = String.raw`(?:(?:very|so|really|too|quite|a\s+little|a\s+bit|extremely|not|always|never)\s+)*`;
const PATTERN = new RegExp(
  String.raw`\b(?<subject>I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey)(?:\s+(?:am|are|is|was|were|feel|felt|get|got)|['’](?:m|re|s))\s+${DEGREE}(?<fix>[a-z]+ing)\b(?:\s+(?<next>[\w']+))?`,
);
const STARTS_OBJECT = /^(?:me|you|him|her|us|them|it|the|a|an|my|your|his|our|their|this|that|everyone|people)$/i;

export const feelingParticipleRule: LearnerRule = {
  id: 'word-choice.feeling-participle',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, PATTERN, (m) => {
      if (!startsClause(text, m.index)) return null;
      const verb = ING_TO_VERB.get(m.groups?.fix ?? '');
      if (verb === undefined) return null;
      const next = m.groups?.next ?? '';
      const firstPerson = /^(?:I|we)$/i.test(m.groups?.subject ?? '');
      // "He is interesting in many ways": "in ... way" says how, not what interests him.
      const how = /^\s+in\s+(?:[a-z]+\s+){0,2}ways?\b/i.test(text.slice(m.index + m[0].length - next.length - 1));
      const ownPreposition = OWN_PREPOSITION[verb] !== undefined && next.toLowerCase() === OWN_PREPOSITION[verb] && !how;
      // "interesting" for "I" too only before "in": "I am interesting" alone can be meant.
      if (verb === 'interest' ? !ownPreposition : !(ownPreposition || (firstPerson && !STARTS_OBJECT.test(next)))) return null;
      return verbForms(verb).participle;
    }),
};

// The reverse after a thing that causes the feeling: "The last episode was so confused" ->
// "confusing". Only things that cannot feel (films, classes, trips, news); "the class was
// excited" are its students, so groups of people are left out.
const CAUSES = String.raw`(?:movies?|films?|episodes?|shows?|dramas?|series|books?|novels?|stories|story|lessons?|lectures?|games?|matches|match|trips?|tours?|concerts?|news|tests?|exams?|questions?|speech|speeches|presentations?|songs?|ending|plot|videos?|articles?|rules?|instructions?|museum|weather|job|work|homework|flight|ride|hike|day|week|weekend|festival)`;
const ED_TO_VERB = new Map(FEELING_VERBS.map((verb) => [verbForms(verb).participle, verb]));

export const feelingCauseRule: LearnerRule = {
  id: 'word-choice.feeling-cause',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`\b(?:the|this|that|my|his|her|our|their|your|its)\s+(?:[a-z]+\s+)?${CAUSES}\s+(?:is|was|are|were|looks?|looked|seems?|seemed|sounds?|sounded)\s+${DEGREE}(?<fix>[a-z]+ed)\b`, 'i'), (m) => {
      const verb = ED_TO_VERB.get((m.groups?.fix ?? '').toLowerCase());
      if (verb === undefined) return null;
      // The feeling's own preposition after it ("tired of", "interested in") reads as someone's feeling.
      const own = OWN_PREPOSITION[verb];
      if (own !== undefined && new RegExp(`^\\s+${own}\\b`, 'i').test(text.slice(m.index + m[0].length))) return null;
      // "The show was shocked by the news": a passive with its agent.
      if (/^\s+by\b/i.test(text.slice(m.index + m[0].length))) return null;
      return verbForms(verb).gerund;
    }),
};

// "I'm worry about my exam" -> "worried about", "are very worry about" -> "very worried": the
// feeling after be is the adjective "worried" (Korean 걱정이다 reads as be + the noun or verb).
// Only before "about", where "worrying about" would change the sense to an activity.
export const beWorryRule: LearnerRule = {
  id: 'word-choice.be-worry',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) =>
    // "is" and "was" only after a pronoun: "The problem is worry about money" has the noun.
    findWithRegex(text, /(?:\b(?:I|you|we|they|he|she|it)\s+(?:is|was)|\b(?:I|you|we|they|he|she)['’](?:m|re|s)|\b(?:am|are|were|be|been|get|got))\s+(?:not\s+)?(?:(?:very|so|really|too|a\s+little|always|still|also)\s+)?(?<fix>worry)\s+about\b/i, () => 'worried'),
};

// "I'm not confidence about my English" -> "confident": the noun of a quality after a person's
// "be" (Korean 자신감이 없다 is a noun). Only the -ence/-ance nouns of qualities a person has
// (compromise guesses an "-ent" adjective for any word, so the list says which exist), and only
// a person as the subject: "The key is patience" names the quality.
const QUALITY_NOUNS = /^(?:confid|pati|independ|intellig|sil|abs|arrog|ignor|eleg|reluct|toler|obedi|dilig|viol|innoc|compet|depend|brilli|differ|impati|incompet|insolv|relev|import|self-confid)(?:ence|ance)$/i;
export const nounAsAdjectiveRule: LearnerRule = {
  id: 'word-choice.noun-as-adjective',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?:I\s+am|I['’]m|you\s+are|you['’]re|we\s+are|we['’]re|they\s+are|they['’]re|he\s+is|he['’]s|she\s+is|she['’]s|I\s+was|he\s+was|she\s+was|we\s+were|they\s+were|you\s+were)\s+(?:(?:not|very|so|really|too|quite|more|less)\s+)?(?<fix>[a-z]+(?<ending>ence|ance))\b/i,
      (m) => {
        const noun = m.groups?.fix ?? '';
        const adjective = `${noun.slice(0, -4)}${m.groups?.ending === 'ence' ? 'ent' : 'ant'}`;
        return QUALITY_NOUNS.test(noun) && lexicalTags(adjective).has('Adjective') ? adjective : null;
      },
    ),
};
