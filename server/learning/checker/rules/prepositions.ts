// Wrong or missing prepositions after common verbs and adjectives.
import { isBaseVerb, matchCase, verbBase, verbForms } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';
import { MORE_WRONG_PREPOSITIONS } from './verb-prepositions';

const NOT_CHILDREN = String.raw`(?!\s+(?:kids|children|a\s+child|\d+|one|two|three|four)\b)`;
const BE_OR_GET = String.raw`(?:\b(?:am|is|are|was|were|be|been|being|get|gets|got|getting)|['\u2019](?:s|m|re))\s+(?:\w+ly\s+)?`;
const AFTER_BE_OR_GET = `(?<=${BE_OR_GET})`;
/** "I married with him": the verb married, whose object takes no preposition. */
const ACTIVE_MARRIED = new RegExp(`(?<!${BE_OR_GET})\\b(?<fix>married\\s+with)${NOT_CHILDREN}\\b`, 'i');

// [words before, wrong prepositions, right preposition]
const WRONG_PREPOSITIONS: readonly (readonly [string, string, string])[] = [
  ['interested', 'about|on|for|with', 'in'],
  ['depend|depends|depended|depending', 'of|from|to', 'on'],
  ['participate|participates|participated|participating', 'to', 'in'],
  ['responsible', 'of', 'for'],
  ['similar', 'with', 'to'],
  ['afraid', 'from', 'of'],
  ['proud', 'on', 'of'],
  // "married with children" says who lives with them, not whom they married. Only after be or
  // get ("is married to"); the verb itself takes no preposition ("I married him": ACTIVE_MARRIED).
  [`${AFTER_BE_OR_GET}married`, `with${NOT_CHILDREN}`, 'to'],
  ['different', 'with', 'from'],
  ['famous', 'about|with', 'for'],
  ['satisfied', 'about|from', 'with'],
  ['consist|consists|consisted|consisting', 'from|with', 'of'],
  // "worried for you" is English (fearing for someone); "worried of" is not.
  ['worried', 'of', 'about'],
  // "the reason of the increase" -> "for"; "by reason of" and "for reasons of safety" are English.
  ['(?<!\\bby\\s+)(?:the|a|main|only|real|one|no)\\s+reason', 'of', 'for'],
  // "good on paper", "looks good on you", "Good on you!": only before an -ing skill.
  ['good|bad|better|great|terrible|poor', 'on(?=\\s+[a-z]+ing\\b)', 'at'],
];

export const wrongPrepositionRule: LearnerRule = {
  id: 'preposition.wrong',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) => [
    ...[...WRONG_PREPOSITIONS, ...MORE_WRONG_PREPOSITIONS].flatMap(([words, wrong, right]) =>
      findWithRegex(text, new RegExp(`\\b(?:${words})\\s+(?<fix>${wrong})\\b`, 'i'), () => right),
    ),
    ...findWithRegex(text, ACTIVE_MARRIED, (m) => matchCase(m.groups?.fix ?? '', 'married')),
  ],
};

const LISTEN_OBJECTS =
  'music|songs?|podcasts?|the|a|an|this|that|these|those|my|your|his|her|our|their|it|him|them|me|us|radio|news|people|others|' +
  'k-pop|kpop|pop|jazz|rock|hip-hop|classical|ballads?|lectures?|audiobooks?|stories|story|albums?|teachers?|parents?|mom|dad|mother|father|everyone|everybody|someone|somebody|nobody|some|any|many';

const LISTEN_VERB = String.raw`\b(?<fix>[Ll]isten|[Ll]istens|[Ll]istened|[Ll]istening)`;
const LISTEN_OBJECT_WORD = new RegExp(`^(?:${LISTEN_OBJECTS})$`, 'i');

export const listenToRule: LearnerRule = {
  id: 'preposition.listen-to',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) => [
    ...findWithRegex(text, new RegExp(`${LISTEN_VERB}(?=\\s+(?:${LISTEN_OBJECTS})\\b)`, 'i'), (m) => `${m.groups?.fix ?? ''} to`),
    // A name after it: "listen BTS", "listened Adele" ("Listen, I ..." has a comma; "I" is no name).
    ...findWithRegex(text, new RegExp(`${LISTEN_VERB}\\s+(?<name>(?!I\\b)[A-Z][\\w-]*)`), (m) =>
      LISTEN_OBJECT_WORD.test(m.groups?.name ?? '') ? null : `${m.groups?.fix ?? ''} to`,
    ),
  ],
};

const PLACE_ADVERBS = 'home|there|here|abroad|overseas|downtown|upstairs|downstairs';

export const arriveToRule: LearnerRule = {
  id: 'preposition.arrive-to',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(`\\b(?:arrive|arrives|arrived|arriving)\\s+(?<fix>to)\\s+(?!(?:${PLACE_ADVERBS})\\b)(?<next>[\\w']+)`, 'i'),
      (m) => {
        const next = m.groups?.next ?? '';
        // "arrived to find the door locked" is a correct purpose clause.
        if (isBaseVerb(next)) return null;
        return /^[A-Z]/.test(next) && next !== 'The' ? 'in' : 'at';
      },
    ),
};

export const toBeforePlaceAdverbRule: LearnerRule = {
  id: 'preposition.to-before-place-adverb',
  type: 'preposition',
  severity: 'minor',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(
        `\\b(?:go|goes|went|going|gone|been|come|comes|came|coming|get|gets|got|getting|return|returns|returned|returning|arrive|arrives|arrived|arriving|back)\\s+(?<fix>to\\s+(?<adverb>(?:${PLACE_ADVERBS})))\\b`,
        'i',
      ),
      // "go to Home Plus" names a shop, so only lower-case adverbs are touched.
      (m) => {
        const adverb = m.groups?.adverb ?? '';
        return adverb === adverb.toLowerCase() ? adverb : null;
      },
    ),
};

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday';
const MONTHS = 'january|february|march|april|june|july|august|september|october|november|december';

export const timePrepositionRule: LearnerRule = {
  id: 'preposition.time',
  type: 'preposition',
  severity: 'minor',
  find: ({ text }) => [
    // "in Friday" -> "on Friday"; "in Friday's game" names the game, so a possessive is left alone.
    ...findWithRegex(text, new RegExp(`\\b(?<fix>in|at)\\s+(?:${WEEKDAYS})s?\\b(?!['’])`, 'i'), (m) => matchCase(m.groups?.fix ?? '', 'on')),
    // "on July" -> "in July", but "on July 4" and "on July 4th" are dates.
    ...findWithRegex(text, new RegExp(`\\b(?<fix>on|at)\\s+(?:${MONTHS})\\b(?!\\s+\\d)(?!['’])`, 'i'), (m) => matchCase(m.groups?.fix ?? '', 'in')),
    ...findWithRegex(text, /\b(?<fix>in)\s+night\b/i, (m) => matchCase(m.groups?.fix ?? '', 'at')),
    // "at winter" -> "in winter"; "on summer vacation", "at winter camp" name an event.
    ...findWithRegex(text, /\b(?<fix>at|on)\s+(?:spring|summer|fall|autumn|winter)\b(?![-'’]|\s+(?:break|vacation|holidays?|camp|sales?|school|olympics|games|solstice|term|semester|festival|clothes|day|time)\b)/i, (m) => matchCase(m.groups?.fix ?? '', 'in')),
    // "at the morning" -> "in the morning"; "on the morning of the exam" names one morning.
    ...findWithRegex(text, /\b(?<fix>at|on)\s+the\s+(?:morning|afternoon|evening)\b(?!\s+of\b)/i, (m) => matchCase(m.groups?.fix ?? '', 'in')),
    // "at 1990" -> "in 1990" (a year; "at 1990 prices" would be rare in speech).
    ...findWithRegex(text, /\b(?<fix>at|on)\s+(?:19|20)\d\d\b(?![\d:\/-]|\.\d)/i, (m) => matchCase(m.groups?.fix ?? '', 'in')),
    // "in 9 o'clock", "in noon" -> "at": a point in the day takes "at".
    ...findWithRegex(text, /\b(?<fix>in|on)\s+(?:\d{1,2}(?::\d\d)?\s*(?:o'clock|o’clock|am|pm|a\.m\.|p\.m\.)|noon|midnight)(?![\w])/i, (m) => matchCase(m.groups?.fix ?? '', 'at')),
    ...findWithRegex(text, /\b(?<fix>on)\s+\d{1,2}:\d\d\b/i, (m) => matchCase(m.groups?.fix ?? '', 'at')),
  ],
};

// Pastimes said with "go" + -ing and no "to": "go shopping", "went swimming" (Korean "수영하러
// 가다" reads as "go to swimming"). A closed class: "go to meeting", "go to training" are other
// constructions, so only these activities are touched.
export const GO_ACTIVITIES = [
  'shopping', 'swimming', 'hiking', 'camping', 'fishing', 'skiing', 'snowboarding', 'skating', 'jogging', 'running',
  'bowling', 'surfing', 'climbing', 'sightseeing', 'biking', 'cycling', 'sailing', 'hunting', 'dancing', 'diving',
  'snorkeling', 'snorkelling', 'rafting', 'kayaking', 'sledding', 'trekking', 'boating', 'clubbing', 'picnicking',
] as const;
// "go to swimming class", "went to the shopping mall": a noun after the activity makes it a modifier.
const AFTER_ACTIVITY_NOUN_OK = /^(?:yesterday|today|tomorrow|tonight|together|alone|again|often|sometimes|everyday)$/i;

export const goActivityRule: LearnerRule = {
  id: 'preposition.go-activity',
  type: 'preposition',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      new RegExp(`\\b(?:go|goes|went|going|gone)\\s+(?<fix>to\\s+(?<activity>${GO_ACTIVITIES.join('|')}))\\b(?![-'’])`, 'i'),
      (m) => {
        const activity = m.groups?.activity ?? '';
        if (activity !== activity.toLowerCase()) return null;
        const word = tagged.wordAt(m.indices.groups!.activity![0]);
        const next = word === undefined ? undefined : tagged.next(word);
        const joined = next !== undefined && /^\s+$/.test(tagged.text.slice(word!.end, next.start));
        if (joined && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Date') && !AFTER_ACTIVITY_NOUN_OK.test(next.text)) return null;
        return activity;
      },
    ),
};

// "reply my text" -> "reply to my text": the verb takes "to" before what is answered. Only before
// a person or a message ("my email", "the comments"): "He replied the next day", "'Yes,' replied
// the teacher" (after a quote or a comma the subject follows) and "reply that ..." are English.
const MESSAGES = String.raw`(?:e-?mails?|messages?|texts?|letters?|comments?|questions?|posts?|invitations?|tweets?|reviews?|requests?|inquir(?:y|ies)|enquir(?:y|ies)|mail|chats?|DMs?|calls?)`;
// "He replied the questions were too hard" reports what he said.
const CLAUSE_VERB_AFTER = String.raw`(?!\s+(?:is|was|were|are|had|has|have|will|would|could|can|did|didn't|wasn't|weren't|isn't|aren't)\b)`;
const REPLY_OBJECT = String.raw`(?:me|him|them|us|you|her(?!\s+[a-z])|(?:(?:my|your|his|her|our|their|the|this|that|these|those|all|every|each|any)\s+)?(?:[a-z]+\s+)?${MESSAGES}\b${CLAUSE_VERB_AFTER})`;

export const replyToRule: LearnerRule = {
  id: 'preposition.reply-to',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(String.raw`(?<![,"'“”‘’]\s*)(?<!\b(?:a|an|the|my|your|his|her|our|their|no|quick|fast|short|late)\s+)\b(?<fix>reply|replies|replied|replying)\s+(?=${REPLY_OBJECT}(?![-'’]))`, 'i'),
      (m) => `${m.groups?.fix ?? ''} to`,
    ),
};

// "I'm waiting my sister" -> "waiting for my sister". "wait" takes an object only for lengths of
// time and a few set phrases ("wait a minute", "wait your turn", "wait tables", "wait it out"), so
// only a person or a possessive or "the" before a noun that is not a time counts ("wait my
// chance" is a set phrase too).
const NOT_WAITED_FOR = String.raw`(?:turn|turns|chance|opportunity|whole|entire|rest|time|times|life|lives|minute|minutes|second|seconds|moment|hour|hours|day|days|night|week|weeks|month|months|year|years|while|tables|last|next|same|other|first|long)`;
const WAIT_OBJECT = String.raw`(?:me|you|him|us|them|her(?!\s+(?:${NOT_WAITED_FOR})\b)|(?:my|your|his|her|our|their|the)\s+(?!(?:[a-z0-9]+\s+){0,2}${NOT_WAITED_FOR}\b)[a-z]+)`;

export const waitForRule: LearnerRule = {
  id: 'preposition.wait-for',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(String.raw`(?<!\b(?:a|an|the|my|your|his|her|our|their|no|long|short)\s+|['’]s\s+)\b(?<fix>wait|waits|waited|waiting)\s+(?=${WAIT_OBJECT}\b(?![-'’])(?<rest>[^.!?;,]*))`, 'i'),
      (m) => {
        // "wait them out", "wait the storm out".
        if (/^\s*(?:\w+\s+){0,2}out\b/i.test(m.groups?.rest ?? '')) return null;
        return `${m.groups?.fix ?? ''} for`;
      },
    ),
};

// "for 2015" -> "since 2015", "for last Monday" -> "since last Monday" after a present perfect:
// "for" measures a length of time, "since" names its start (Korean ~부터 covers both). Only a year
// or "last" + a day or a period, and only in a clause with "have/has" + a participle before it:
// "a plan for 2026" and "tickets for last Monday's game" are other uses of "for".
const PERFECT_IN_CLAUSE = /\b(?:have|has|['’]ve|['’]s|hasn['’]t|haven['’]t)\s+(?:(?:not|never|always|just|already|really)\s+)?(?<participle>[a-z]+)\b[^.!?;,]*$/i;

/** The clause before the offset has a present perfect: "have" + a past participle ("I have tickets" has none). */
function perfectBefore(clause: string): boolean {
  const participle = PERFECT_IN_CLAUSE.exec(clause)?.groups?.participle?.toLowerCase();
  if (participle === undefined) return false;
  if (participle === 'been') return true;
  const base = verbBase(participle);
  return base !== undefined && base !== participle && verbForms(base).participle === participle;
}

export const forSinceRule: LearnerRule = {
  id: 'preposition.for-since',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?<fix>for)\s+(?:(?:19|20)\d\d\b(?![\d:\/'’-]|\.\d|\s+(?:to|and|or|-)\b)|last\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|summer|winter|spring|fall|autumn|semester)\b(?!['’]))/i,
      (m) => {
        const before = text.slice(0, m.index);
        const clause = before.slice(Math.max(before.search(/[^.!?;]*$/), 0));
        if (!perfectBefore(clause)) return null;
        // "I have saved for 2030", "have prepared for last year's exam": waiting or preparing for a date.
        if (/\b(?:plan|prepar|sav|wait|book|ready|schedul|register|sign|vot|appl)[a-z]*\s+(?:[a-z]+\s+){0,3}$/i.test(clause)) return null;
        return matchCase(m.groups?.fix ?? '', 'since');
      },
    ),
};

// "join to the army" -> "join the army", "joined to a book club" -> "joined a book club": "join"
// takes its group directly (Korean ~에 가입하다). "is joined to the main building" is the passive
// of "join A to B", so not after be.
export const joinToRule: LearnerRule = {
  id: 'preposition.join-to',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /(?<!\b(?:am|is|are|was|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?)\b(?<fix>(?<verb>join|joins|joined|joining)\s+to)\s+(?=(?:the|a|an|my|our|his|her|their|your|this|that)\s+[a-z])/i,
      (m) => m.groups?.verb ?? null,
    ),
};

// "submit the report until Friday" -> "by Friday": "until" lasts up to a time, "by" is a deadline
// (Korean 까지 is both). Only after verbs done once by a deadline and before a day or a date:
// "wait until Friday" and "stay until Friday" last.
const DEADLINE_VERBS = String.raw`(?:submit|submits|submitted|finish|finishes|finished|complete|completes|completed|send|sends|sent|hand\s+in|turn\s+in|register|apply|decide)`;
const DEADLINE_TIME = String.raw`(?:tomorrow|tonight|noon|midnight|${WEEKDAYS}|${MONTHS}|next\s+[a-z]+|the\s+end\s+of|\d{1,2}(?::\d\d)?\s*(?:am|pm|o['’]clock)|the\s+\d+)`;

export const untilByRule: LearnerRule = {
  id: 'preposition.until-by',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(String.raw`\b${DEADLINE_VERBS}\b(?<between>(?:\s+[\w'’]+){0,4}?)\s+(?<fix>until|till)\s+${DEADLINE_TIME}\b`, 'i'),
      (m) => (/\b(?:and|but|or|because|so|while|then|wait|stay)\b/i.test(m.groups?.between ?? '') ? null : matchCase(m.groups?.fix ?? '', 'by')),
    ),
};

// "I met him in the bus" -> "on the bus", "I come with bus" -> "by bus": public transport one
// rides takes "on", and "by" names the means. Not "in the bus station" (a noun after it), and not
// cars and taxis ("in the car" is right). "with bus" only without a determiner ("with the bus
// driver" is someone else).
const RIDDEN = String.raw`(?:bus|subway|train|plane|airplane|ferry|ship)`;

export const transportPrepositionRule: LearnerRule = {
  id: 'preposition.transport',
  type: 'preposition',
  severity: 'minor',
  find: (tagged) => [
    ...findWithRegex(tagged.text, new RegExp(String.raw`\b(?<fix>in)\s+the\s+(?:same\s+|crowded\s+|last\s+|first\s+)?${RIDDEN}\b(?![-'’])(?=\s*[.!?,;]|\s*$|\s+(?:this|that|today|yesterday|every|on|to|from|and|but|when|because|last|again|with|for|at|just|before|after|so|as)\b)`, 'i'), (m) =>
      matchCase(m.groups?.fix ?? '', 'on'),
    ),
    ...findWithRegex(tagged.text, /\b(?:go|goes|went|come|comes|came|travel|travels|traveled|travelled|get|gets|got|commute|commutes|commuted|school|office|home|there|here)\s+(?<fix>with)\s+(?:bus|subway|train|taxi|car|plane|bike|bicycle)\b(?![-'’])(?=\s*[.!?,;]|\s*$|\s+(?:every|to|from|because|and|but|today|yesterday|or|in|on|at|when|usually|again)\b)/i, (m) =>
      matchCase(m.groups?.fix ?? '', 'by'),
    ),
  ],
};

// "held in next month" -> "held next month": "next" and "last" already make a time adverb, so
// no preposition goes before them. "in next year's budget" names the budget.
export const prepositionBeforeNextRule: LearnerRule = {
  id: 'preposition.before-next',
  type: 'preposition',
  severity: 'minor',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`\b(?<fix>(?:in|on|at)\s+(?<when>(?:next|last)\s+(?:week|weekend|month|year|summer|winter|spring|fall|autumn|semester|${WEEKDAYS})))\b(?!['’])`, 'i'), (m) =>
      m.groups?.when ?? null,
    ),
};

// "I fell asleep while the movie" -> "during the movie": "while" opens a clause, "during" goes
// before a noun (Korean ~동안 is both). Only an event noun that ends the clause, so "while the
// movie was on" keeps its verb.
const EVENTS = String.raw`(?:movie|film|class|lesson|lecture|meeting|flight|trip|concert|game|match|show|exam|test|interview|presentation|vacation|holiday|holidays|party|ceremony|performance|speech|drive|ride|break|weekend|semester|festival|wedding|funeral)`;

export const whileDuringRule: LearnerRule = {
  id: 'preposition.while-during',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`\b(?<fix>while)\s+(?:the|a|an|my|his|her|our|their|your|this|that)\s+(?:[a-z]+\s+)?${EVENTS}(?=\s*[.!?,;]|\s*$)`, 'i'), (m) =>
      matchCase(m.groups?.fix ?? '', 'during'),
    ),
};

// "She works like a nurse" -> "as a nurse": "as" says what someone is, "like" compares. Only jobs
// ("works like a dog", "works like a charm" compare).
export const JOBS = String.raw`(?:nurse|teacher|doctor|engineer|lawyer|designer|developer|programmer|waiter|waitress|cashier|chef|cook|driver|accountant|pharmacist|dentist|secretary|receptionist|translator|interpreter|manager|tutor|professor|researcher|journalist|reporter|writer|salesperson|clerk|volunteer|consultant|architect|scientist|officer|firefighter|pilot|flight\s+attendant|barista|model|photographer|mechanic|electrician|plumber|guide|tour\s+guide|part-timer|intern)`;

export const worksAsRule: LearnerRule = {
  id: 'preposition.works-as',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`\b(?:work|works|worked|working)\s+(?<fix>like)\s+(?:a|an)\s+(?:[a-z]+\s+)?${JOBS}\b(?![-'’])(?!\s+(?:would|does|did|do|is|was|will|can|could)\b)`, 'i'), (m) =>
      matchCase(m.groups?.fix ?? '', 'as'),
    ),
};

// "I'll call you after 10 minutes" -> "in 10 minutes": from now into the future takes "in"
// (Korean 후에 is "after"). Only calling back, texting or coming back and a future before it:
// "I'll stop after 10 minutes of running" counts a length of time.
export const inMinutesRule: LearnerRule = {
  id: 'preposition.in-minutes',
  type: 'preposition',
  severity: 'minor',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?:will|['’]ll|going\s+to)\s+(?:call|text|message|email|phone)\s+(?:you|him|her|them|me|us)(?:\s+back)?\s+(?<fix>after)\s+(?:\d+|a\s+few|an?|one|two|three|five|ten|twenty|thirty)\s+(?:minutes?|hours?|days?)(?=\s*[.!?,;]|\s*$)/i,
      (m) => matchCase(m.groups?.fix ?? '', 'in'),
    ),
};
