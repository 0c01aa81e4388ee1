// The person after "explain" and "say" needs "to" or a different verb: "explain to me", "told me";
// and an object pronoun where the possessive belongs: "him sister" -> "his sister".
import { lexicalTags } from '../lexicon/word-classes';
import { matchCase, verbForms } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';

// "her" and "them" can also be a possessive or a plain object ("explain her idea", "say them
// again"), so those are only flagged when a second object or a clause follows.
const CLAUSE_AFTER = 'the|a|an|how|what|why|that|where|when|who|this|about|my|your|his|our|their';

export const explainToRule: LearnerRule = {
  id: 'pronoun.explain-to',
  type: 'pronoun',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(
        `\\b(?<fix>(?<verb>explain|explains|explained|explaining)\\s+(?<person>me|us|(?:him|her|them)(?=\\s+(?:${CLAUSE_AFTER})\\b)))\\b`,
        'i',
      ),
      (m) => `${m.groups?.verb ?? ''} to ${m.groups?.person ?? ''}`,
    ),
};

const SAY_TO_TELL: Record<string, string> = { say: 'tell', says: 'tells', said: 'told', saying: 'telling' };

export const sayToTellRule: LearnerRule = {
  id: 'pronoun.say-tell',
  type: 'pronoun',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?<fix>(?<verb>say|says|said|saying)\s+(?<person>me|us|him|her(?=\s+(?:that|about|to)\b|\s*[,.!?]|$)|them(?=\s+(?:that|about)\b)))\b/i,
      (m) => {
        const verb = m.groups?.verb ?? '';
        const tell = SAY_TO_TELL[verb.toLowerCase()] ?? 'tell';
        return `${matchCase(verb, tell)} ${m.groups?.person ?? ''}`;
      },
    ),
};

// "I met him sister" -> "his sister": the object pronoun for the possessive. Only before nouns
// that are someone's (family, friends, a house, a phone, a name), and never after verbs that take
// two objects or an object and its description ("gave him books", "gave them names", "consider
// them friends", "let him room with you", "saw him phone the police"). A noun after the noun
// makes it a compound of the second object ("bought him birthday presents").
const POSSESSED_NOUNS = [
  'mother', 'father', 'mom', 'mum', 'dad', 'parents', 'sister', 'sisters', 'brother', 'brothers', 'wife', 'husband', 'son', 'sons',
  'daughter', 'daughters', 'family', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'grandparents', 'uncle', 'aunt',
  'cousin', 'cousins', 'friend', 'friends', 'boyfriend', 'girlfriend', 'classmate', 'classmates', 'roommate', 'coworker',
  'coworkers', 'colleague', 'colleagues', 'boss', 'house', 'apartment', 'car', 'phone', 'bag', 'wallet', 'laptop', 'computer',
  'name', 'room', 'job', 'birthday', 'office', 'hometown', 'bike', 'dog', 'cat',
];
const MODIFIERS = 'older|younger|elder|little|big|best|new|old|favorite|favourite';
const TWO_OBJECT_VERBS = [
  'give', 'buy', 'send', 'show', 'get', 'bring', 'make', 'lend', 'loan', 'offer', 'hand', 'pass', 'sell', 'teach', 'tell', 'write',
  'cook', 'bake', 'find', 'leave', 'owe', 'wish', 'save', 'pay', 'ask', 'promise', 'cost', 'call', 'name', 'consider', 'count',
  'elect', 'let', 'help', 'have', 'watch', 'see', 'hear', 'feel', 'notice', 'keep', 'think', 'allow', 'deny', 'award', 'grant',
  'feed', 'serve', 'read', 'sing', 'throw', 'order', 'book', 'fetch', 'choose', 'build', 'rent', 'play', 'set', 'pour', 'draw',
];
const TWO_OBJECT_FORMS = new Set(TWO_OBJECT_VERBS.flatMap((verb) => Object.values(verbForms(verb))));
const POSSESSIVE_OF: Record<string, string> = { him: 'his', them: 'their' };

export const objectAsPossessiveRule: LearnerRule = {
  id: 'pronoun.object-as-possessive',
  type: 'pronoun',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      new RegExp(`(?<before>\\b[\\w'’]+\\s+)?\\b(?<fix>[Hh]im|[Tt]hem)\\s+(?:(?:${MODIFIERS})\\s+)?(?<noun>${POSSESSED_NOUNS.join('|')})\\b(?!['’-])(?<after>\\s+[\\w'’]+)?`),
      (m) => {
        const before = (m.groups?.before ?? '').trim().toLowerCase();
        if (TWO_OBJECT_FORMS.has(before)) return null;
        const after = (m.groups?.after ?? '').trim();
        const afterTags = lexicalTags(after);
        if (after !== '' && afterTags.has('Noun') && !afterTags.has('Pronoun') && !afterTags.has('Verb') && !afterTags.has('Date') && !/^(?:yesterday|today|tonight|tomorrow)$/i.test(after)) return null;
        if (after !== '' && POSSESSED_NOUNS.includes(after.toLowerCase())) return null;
        const pronoun = m.groups?.fix ?? '';
        return matchCase(pronoun, POSSESSIVE_OF[pronoun.toLowerCase()] ?? pronoun);
      },
    ),
};

// "My friend and myself went" -> "and I", "to Jisoo and myself" -> "and me": "myself" only
// points back to an "I" of the same sentence (Korean 저 has no reflexive form for politeness to
// borrow). Only as a subject at the start of a clause, before a verb; or at the end of a clause
// after a preposition, when no "I" comes before it ("I made it for my mom and myself" is right).
export const reflexiveAndRule: LearnerRule = {
  id: 'pronoun.and-myself',
  type: 'pronoun',
  severity: 'moderate',
  find: (tagged) => [
    ...findWithRegex(tagged.text, /(?:^|[.!?]\s+)(?:(?:[Mm]y|[Oo]ur|[Tt]he|[Hh]is|[Hh]er)\s+)?(?:[a-z]+\s+)?[A-Za-z]+\s+and\s+(?<fix>myself)\s+(?<verb>[a-z]+)\b/, (m) => {
      const verb = tagged.wordAt(m.indices.groups!.verb![0]);
      if (verb === undefined || !verb.tags.has('Verb') || verb.tags.has('Noun')) return null;
      return 'I';
    }),
    ...findWithRegex(tagged.text, /\b(?:to|for|with|from|between|about|of)\s+(?:(?:my|our|the|his|her)\s+)?[A-Za-z]+\s+and\s+(?<fix>myself)(?=\s*[.!?,;]|\s*$)/, (m) => {
      const sentenceStart = tagged.text.slice(0, m.index).search(/[^.!?]*$/);
      return /\b(?:I|I['’](?:m|ve|ll|d))\b/.test(tagged.text.slice(Math.max(sentenceStart, 0), m.index)) ? null : 'me';
    }),
  ],
};

// "with she's homework" -> "her homework", "at he's house" -> "his house": the contraction for
// the possessive. Only right after a preposition, where "she is" cannot stand, and before a
// noun; "until she's home", "like she's tired" and "for she's a good friend" start clauses, so
// those prepositions are left out.
const POSSESSIVE_FOR_CONTRACTION: Record<string, string> = { "she's": 'her', 'she’s': 'her', "he's": 'his', 'he’s': 'his' };

export const contractionAsPossessiveRule: LearnerRule = {
  id: 'pronoun.contraction-as-possessive',
  type: 'pronoun',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, /\b(?:with|at|of|to|in|into|on|from|about|by)\s+(?<fix>she['’]s|he['’]s)\s+(?<noun>[a-z]+)\b/i, (m) => {
      const noun = tagged.words.find((w) => w.start === m.indices.groups!.noun![0]);
      if (noun === undefined) return null;
      const lexical = lexicalTags(noun.text);
      if (!lexical.has('Noun') || lexical.has('Adjective') || lexical.has('Pronoun') || /(?:ing|ed|en)$/.test(noun.text)) return null;
      const fix = m.groups?.fix ?? '';
      const possessive = POSSESSIVE_FOR_CONTRACTION[fix.toLowerCase()];
      return possessive === undefined ? null : matchCase(fix, possessive);
    }),
};

// "We help each others" -> "each other": the pronoun has no plural ("one another" neither).
export const eachOtherRule: LearnerRule = {
  id: 'pronoun.each-other',
  type: 'grammar',
  severity: 'minor',
  find: ({ text }) => findWithRegex(text, /\b(?<fix>(?<each>each|one)\s+(?:others|anothers))\b(?!['’])/i, (m) => `${m.groups?.each ?? 'each'} ${/^each$/i.test(m.groups?.each ?? '') ? 'other' : 'another'}`),
};
