// Verb patterns of single verbs and phrases: "used to" + verb, "don't forget" + to, "remember" +
// -ing for a memory, "suggest that", "can" without "able to", "help" + bare verb.
import { gerund, isLowerBaseVerb, verbBase, verbForms } from '../morphology';
import { canBeVerb } from '../lexicon/word-classes';
import { findWithRegex, wordOfGroup, type LearnerRule } from './rule';
import { laterFiniteVerb, startsClause } from './subjects';

// "My father used to working late" -> "used to work": the past habit takes a base verb. Only
// where nothing before "used" makes it "be/get used to" + -ing ("He is used to working late",
// "I got used to waking up early"), so the subject comes right before "used", and a question's
// be-word not before the subject ("Are you used to working nights?").

export const usedToBaseRule: LearnerRule = {
  id: 'verb-pattern.used-to-base',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?<subject>I|[Yy]ou|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+[a-z]+)\s+(?:(?:never|always|often|usually|also)\s+)?used\s+to\s+(?<fix>[a-z]+ing)\b/, (m) => {
      // "Are you used to working nights?": the be-word went before the subject.
      if (/\b(?:am|is|are|was|were|aren['’]t|isn['’]t|wasn['’]t|weren['’]t|get|got)\s+$/i.test(text.slice(0, m.index))) return null;
      const ing = m.groups?.fix ?? '';
      const base = verbBase(ing);
      return base === undefined || verbForms(base).gerund !== ing ? null : base;
    }),
};

// "Don't forget locking the door" -> "to lock": an order not to forget is about something still
// to do. "I'll never forget meeting you" (a memory) is left alone, so only "don't forget". And
// "I remember to read this news last month" -> "remember reading": a memory of a finished past.
// Only the present "remember" ("I remembered to call her yesterday" is right) and only with a
// finished past time in the same clause.
const FINISHED_PAST = String.raw`(?:yesterday|last\s+(?:night|week|weekend|month|year|summer|winter|spring|fall|autumn|semester|time)|(?:\d+|a|an|one|two|three|four|five|ten|a\s+few|several|many)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|when\s+I\s+was)`;

export const forgetRememberRule: LearnerRule = {
  id: 'verb-pattern.forget-remember',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (tagged) => [
    ...findWithRegex(tagged.text, /\b(?:[Dd]on['’]t|[Dd]o\s+not|[Nn]ever)\s+forget\s+(?<fix>[a-z]+ing)\b/, (m) => {
      // "Never forget" is also a memory ("never forget meeting you"): only with "don't".
      if (/^never/i.test(m[0])) return null;
      if (!startsClause(tagged.text, m.index) && !/\b(?:please|and|so|but)\s+$/i.test(tagged.text.slice(0, m.index))) return null;
      // "Don't forget reading is fun": the -ing form is the subject of a clause of its own.
      const word = wordOfGroup(tagged, m, 'fix');
      if (word !== undefined && laterFiniteVerb(tagged, word)) return null;
      const ing = m.groups?.fix ?? '';
      const base = verbBase(ing);
      return base === undefined || verbForms(base).gerund !== ing ? null : `to ${base}`;
    }),
    ...findWithRegex(
      tagged.text,
      new RegExp(String.raw`\b(?:I|we|you|they)\s+(?:(?:still|clearly|really)\s+)?remember\s+(?<fix>to\s+(?<verb>[a-z]+))\b(?=(?:\s+[\w'’]+){0,5}?\s+${FINISHED_PAST}\b)`),
      (m) => {
        const verb = m.groups?.verb ?? '';
        return isLowerBaseVerb(verb) && canBeVerb(verb) ? gerund(verb) : null;
      },
    ),
  ],
};

// "My teacher suggested me to read" -> "suggested that I read": "suggest" takes no person before
// "to" (Korean 권하다 does). Only a pronoun and a base verb; "recommend me to a friend" is left out.
const SUBJECT_OF: Record<string, string> = { me: 'I', him: 'he', her: 'she', us: 'we', them: 'they', you: 'you' };

export const suggestToRule: LearnerRule = {
  id: 'verb-pattern.suggest-to',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?<verb>suggest|suggests|suggested|suggesting)\s+(?<fix>(?<object>me|him|her|us|them|you)\s+to\s+(?<next>[a-z]+))\b/i, (m) => {
      const next = m.groups?.next ?? '';
      if (!isLowerBaseVerb(next) || !canBeVerb(next)) return null;
      return `that ${SUBJECT_OF[(m.groups?.object ?? '').toLowerCase()] ?? ''} ${next}`;
    }),
};

// "I can able to speak" -> "I can speak": "able" is an adjective and needs "be"; "can" already
// says it. Only right after can/could.
export const canAbleRule: LearnerRule = {
  id: 'verb-pattern.can-able',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?:can|could|cannot|can['’]t|couldn['’]t)\s+(?:not\s+)?(?<fix>able\s+to\s+)(?<next>[a-z]+)\b/i, (m) => (isLowerBaseVerb(m.groups?.next ?? '') ? '' : null)),
};

// "I will can travel" -> "will be able to travel": two modals never stand together, and the
// future of "can" is "will be able to".
export const willCanRule: LearnerRule = {
  id: 'verb-pattern.will-can',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?:will|['’]ll|won['’]t|will\s+not)\s+(?:(?:still|never|also|finally|probably|surely)\s+)?(?<fix>can)\s+(?<next>[a-z]+)\b/i, (m) => (isLowerBaseVerb(m.groups?.next ?? '') ? 'be able to' : null)),
};

// "This app helps me learning new words" -> "helps me learn": "help" + a person + a base verb.
// Only a pronoun before the -ing and an object after it: "help people living alone" has a
// participle describing the people.
export const helpIngRule: LearnerRule = {
  id: 'verb-pattern.help-ing',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      /\b(?<verb>help|helps|helped|helping)\s+(?:me|him|her|us|them|you)\s+(?<fix>[a-z]+ing)\s+(?=(?:a|an|the|my|your|his|her|our|their|this|that|these|those|some|new|more|it|them|[a-z]+s)\b)/i,
      (m) => {
        const governing = wordOfGroup(tagged, m, 'verb');
        if (governing === undefined || !governing.tags.has('Verb')) return null;
        const ing = (m.groups?.fix ?? '').toLowerCase();
        const base = verbBase(ing);
        if (base === undefined || verbForms(base).gerund !== ing || /^(?:liv|suffer|work|struggl|stay|wait)/.test(ing)) return null;
        return base;
      },
    ),
};
