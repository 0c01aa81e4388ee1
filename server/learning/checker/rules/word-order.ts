// Word order in a question inside a sentence: "I don't know what it is", not "what is it" —
// Korean learners keep the order of the direct question. Only after verbs that introduce one
// (know, tell me, wonder ...) and with a short subject, so "what is important" stays.
// "who" and "which" are left out: "who is the winner" is right when "who" is the subject.
import { canBeVerb, lexicalTags } from '../lexicon/word-classes';
import { isBaseVerb, verbBase, verbForms } from '../morphology';
import { CLAUSE_START, findWithRegex, type LearnerRule } from './rule';

const INTRODUCERS = String.raw`(?:know|knows|knew|tell (?:me|us|him|her|them)|told (?:me|us|him|her|them)|wonder|wondering|wondered|remember|forgot|sure|idea|ask|asked|(?:ask|asks|asked) (?:me|us|him|her|them)|understand|explain|show me|guess)`;
// A noun phrase of one or two words ("the station", "the subway station").
const SUBJECT = String.raw`(?:it|this|that|he|she|they|you|we|(?:the|my|your|his|her|our|their)\s+[a-z]+(?:\s+[a-z]+)?)`;

// With a do-word the subject is followed by its verb: "what does this word mean" -> "what this
// word means", "where did you go" -> "where you went". The do-word goes and the verb takes its
// tense and person; only a base verb after a short subject counts.
const DO_SUBJECT = String.raw`(?:it|he|she|they|you|we|I|(?:the|my|your|his|her|our|their|this|that|these|those)\s+[a-z]+)`;
const THIRD_PERSON_SUBJECT = /^(?:it|he|she|(?:the|my|your|his|her|our|their|this|that)\s+[a-z]+)$/i;

function embeddedVerb(doWord: string, subject: string, verb: string): string | null {
  if (!isBaseVerb(verb) || !canBeVerb(verb)) return null;
  const forms = verbForms(verb);
  const lower = doWord.toLowerCase();
  if (lower === 'did') return forms.past;
  const third = THIRD_PERSON_SUBJECT.test(subject) && !/s$/i.test(subject.split(/\s+/).at(-1) ?? '');
  if (lower === 'does') return third ? forms.third : null;
  return third ? null : forms.base;
}

export const embeddedQuestionRule: LearnerRule = {
  id: 'word-order.embedded-question',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) => [
    ...findWithRegex(
      text,
      new RegExp(String.raw`\b${INTRODUCERS}\s+(?<fix>(?<wh>what|where|when|why|how)\s+(?<be>is|are|was|were)\s+(?<subject>${SUBJECT}))(?=\s*(?:[.?!,]|$))`, 'i'),
      (m) => `${m.groups?.wh ?? ''} ${m.groups?.subject ?? ''} ${m.groups?.be ?? ''}`,
    ),
    ...findWithRegex(
      text,
      new RegExp(String.raw`\b${INTRODUCERS}\s+(?<fix>(?<wh>what|where|when|why|how(?:\s+much|\s+many|\s+often|\s+long)?)\s+(?<do>does|do|did)\s+(?<subject>${DO_SUBJECT})\s+(?<verb>[a-z]+))\b`, 'i'),
      (m) => {
        const subject = m.groups?.subject ?? '';
        const verb = embeddedVerb(m.groups?.do ?? '', subject, m.groups?.verb ?? '');
        return verb === null ? null : `${m.groups?.wh ?? ''} ${subject} ${verb}`;
      },
    ),
    // "Do you know when will the new season come out?" -> "when the new season will come out".
    ...findWithRegex(
      text,
      new RegExp(String.raw`\b${INTRODUCERS}\s+(?<fix>(?<wh>what|where|when|why|how(?:\s+much|\s+many|\s+often|\s+long)?)\s+(?<modal>will|can|could|would|should)\s+(?<subject>(?:the|my|your|his|her|our|their)\s+[a-z]+\s+[a-z]+(?=\s+[a-z]+\s+(?:out|up|back|here|there|home|on|to|in)\b)|${DO_SUBJECT}|the\s+[a-z]+\s+[a-z]+)\s+(?<verb>[a-z]+))\b`, 'i'),
      (m) => (isBaseVerb(m.groups?.verb ?? '') && canBeVerb(m.groups?.verb ?? '') ? `${m.groups?.wh ?? ''} ${m.groups?.subject ?? ''} ${m.groups?.modal ?? ''} ${m.groups?.verb ?? ''}` : null),
    ),
  ],
};

// "The room isn't enough big" -> "big enough": "enough" follows an adjective (and precedes a
// noun: "enough big rooms" counts the rooms, so only an adjective that ends its phrase).
export const enoughOrderRule: LearnerRule = {
  id: 'word-order.enough',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    // Also in a question: "Is the car enough big?"
    findWithRegex(text, /(?:\b(?:is|isn['’]t|are|aren['’]t|was|wasn['’]t|were|weren['’]t|be|not|['’]s|['’]re|['’]m|feel|look|get)|^(?:Is|Are|Was|Were)\s+(?:it|this|that|they|(?:the|my|your|his|her|our|their|this|that)\s+[a-z]+))\s+(?<fix>enough\s+(?<adjective>[a-z]+))(?=\s*[.!?,;]|\s*$|\s+(?:for|to|now|yet|anymore)\b)/i, (m) => {
      const adjective = m.groups?.adjective ?? '';
      const tags = lexicalTags(adjective);
      return tags.has('Adjective') && !tags.has('Noun') ? `${adjective} enough` : null;
    }),
};

// "I go usually to the gym" -> "I usually go": a frequency adverb stands before the main verb,
// and after "be" but before its adjective ("She is late never" -> "is never late").
const FREQUENCY = String.raw`(?:usually|always|often|never|sometimes|rarely|seldom|normally|generally)`;
const NOT_MAIN_VERBS = /^(?:am|is|are|was|were|be|can|could|will|would|shall|should|must|might|may|do|does|did|have|has|had)$/i;

export const frequencyAdverbOrderRule: LearnerRule = {
  id: 'word-order.frequency-adverb',
  type: 'grammar',
  severity: 'minor',
  find: ({ text }) => [
    // "She is late never for class" -> "is never late": after "be", before its adjective. Only
    // "never", "always", "rarely" and "seldom" before the adjective's phrase goes on: "She is
    // happy sometimes." ends with an adverb English allows there.
    ...findWithRegex(text, /\b(?:am|is|are|was|were|['’]m|['’]s|['’]re)\s+(?<fix>(?<adjective>[a-z]+)\s+(?<adverb>never|always|rarely|seldom))\b(?=\s+(?:for|to|at|in|on|with|about|of)\b)/i, (m) => {
      const adjective = m.groups?.adjective ?? '';
      const tags = lexicalTags(adjective);
      return tags.has('Adjective') && !tags.has('Verb') && !tags.has('Noun') ? `${m.groups?.adverb ?? ''} ${adjective}` : null;
    }),
    ...findWithRegex(text, new RegExp(String.raw`${CLAUSE_START}(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)\s+(?<fix>(?<verb>[a-z]+)\s+(?<adverb>${FREQUENCY}))(?=\s+(?:to|at|in|on|the|a|an|my|his|her|our|their|home|there|with|by)\b)`), (m) => {
      const verb = m.groups?.verb ?? '';
      if (NOT_MAIN_VERBS.test(verb) || !canBeVerb(verb) || verbBase(verb) === undefined) return null;
      return `${m.groups?.adverb ?? ''} ${verb}`;
    }),
  ],
};

// "I like very much K-pop" -> "I like K-pop very much": "very much" follows the object (Korean
// puts 정말 before it). Only after verbs of liking and before a short object that ends the
// sentence; "I like very much to travel" and "enjoyed very much the way ..." are left alone.
export const veryMuchOrderRule: LearnerRule = {
  id: 'word-order.very-much',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?<verb>like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed)\s+(?<fix>very\s+much\s+(?<object>(?!(?:to|that|the\s+way|how|what|when|if)\b)[\w'’-]+(?:\s+[\w'’-]+){0,2}?))(?=\s*[.!]|\s*$)/i,
      (m) => `${m.groups?.object ?? ''} very much`,
    ),
};

// "She speaks very well English" -> "speaks English very well": how well comes after the
// language, the verb's object. Only a language name after "speak" and "well" or "fluently".
const LANGUAGES = String.raw`(?:English|Korean|Japanese|Chinese|Mandarin|French|Spanish|German|Italian|Russian|Vietnamese|Thai|Arabic|Portuguese)`;

export const speakWellOrderRule: LearnerRule = {
  id: 'word-order.speak-well',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(String.raw`\b(?:speak|speaks|spoke|speaking|spoken)\s+(?<fix>(?<how>(?:very\s+|really\s+|so\s+|quite\s+)?(?:well|fluently))\s+(?<language>${LANGUAGES}))\b(?!\s+(?:and|or|words?|sentences?|grammar|speakers?|teachers?|class(?:es)?|books?|names?|songs?)\b)`),
      (m) => `${m.groups?.language ?? ''} ${m.groups?.how ?? ''}`,
    ),
};
