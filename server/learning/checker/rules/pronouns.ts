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
