// Prepositions a verb needs or refuses, where Korean marks the same role with a particle on the
// noun (웃다 takes ~을 보고, 사과하다 takes ~에게): "laughed my joke" -> "laughed at", "apologized
// me" -> "apologized to me"; and the reverse, "approached to the actor", "asked to the manager",
// "lacks of confidence", "got off from the bus". More wrong prepositions after adjectives and
// verbs ("famous of", "proud for", "familiar to", "agree to you") join preposition.wrong.
import { findWithRegex, type LearnerRule, type RuleMatch } from './rule';

// Lengths of time and the like, which follow these verbs without being their object ("laughed the whole time").
const NOT_AN_OBJECT = String.raw`(?!\s+(?:(?:the|a|an|my|your|his|her|our|their)\s+)?(?:whole|entire|next|last|same|other|first|rest|time|times|way|day|days|night|week|minute|moment|head|heads|lot|more|again|loudly|hard|out|off|away|back|later|too|about|at|to|for|so|much|a\s+lot)\b)`;
const OBJECT_WORDS = /^(?:me|him|us|them|you|her|my|your|his|our|their|the|these|those|everyone|everybody|someone|somebody)$/i;

// [the verb's forms, the preposition it needs before its object]
const NEEDS_PREPOSITION: readonly (readonly [string, string])[] = [
  ['laugh|laughs|laughed|laughing', 'at'],
  ['apologi[sz]e|apologi[sz]es|apologi[sz]ed|apologi[sz]ing', 'to'],
  ['complain|complains|complained|complaining', 'about'],
];

export const missingPrepositionRule: LearnerRule = {
  id: 'preposition.missing-after-verb',
  type: 'preposition',
  severity: 'moderate',
  find: ({ text }) => [
    ...NEEDS_PREPOSITION.flatMap(([verbs, preposition]) =>
      findWithRegex(text, new RegExp(String.raw`\b(?<fix>${verbs})${NOT_AN_OBJECT}(?=\s+(?<object>[A-Za-z]+)\b)`, 'i'), (m) => {
        // An object pronoun or determiner, or a name ("laughed Minsu"; "I" is no name).
        const object = m.groups?.object ?? '';
        return OBJECT_WORDS.test(object) || (/^[A-Z][a-z]/.test(object) && object !== 'I') ? `${m.groups?.fix ?? ''} ${preposition}` : null;
      }),
    ),
    // "I agree him": only an object pronoun ("I agree you should go" has a clause after it).
    ...findWithRegex(text, /\b(?<fix>agree|agrees|agreed)(?=\s+(?:me|him|them|us)\b)/i, (m) => `${m.groups?.fix ?? ''} with`),
  ],
};

/** Prepositions after verbs that take their object directly (run by verb-pattern.redundant-preposition). */
export function redundantAfterVerbs(text: string): RuleMatch[] {
  const verbOnly = (m: { groups?: Record<string, string | undefined> }) => m.groups?.verb ?? null;
  return [
    // "a new approach to learning" is the noun: only the past, the progressive, or after a subject or helping word.
    ...findWithRegex(text, /\b(?<fix>(?<verb>approached)\s+to)\b/i, verbOnly),
    ...findWithRegex(text, /\b(?:is|are|was|were|['’]s|['’]re)\s+(?<fix>(?<verb>approaching)\s+to)\b/i, verbOnly),
    ...findWithRegex(text, /\b(?:I|you|we|they|will|to|should|can|could|don['’]t|didn['’]t|never)\s+(?<fix>(?<verb>approach)\s+to)\b/i, verbOnly),
    // "asked to the manager", "tell to anyone": "asked to see him" is the infinitive, so only a person after "to".
    ...findWithRegex(
      text,
      /\b(?<fix>(?<verb>ask|asks|asked|asking|tell|tells|told|telling)\s+to)\s+(?:me|you|him|her|us|them|anyone|anybody|everyone|everybody|someone|somebody|nobody|(?:my|your|his|our|their|the|a|an)\s+[a-z]+)\b(?!\s+(?:to|is|was|are|were)\b)/i,
      verbOnly,
    ),
    // "lacks of confidence" ("a lack of", "the lack of" are the noun).
    ...findWithRegex(text, /\b(?<fix>(?<verb>lacks|lacked|lacking)\s+of)\b/i, (m) => (/\bthe\s+$/i.test(text.slice(0, m.index)) ? null : m.groups?.verb ?? null)),
    // "got off from the train": "off" already says from where.
    ...findWithRegex(text, /\b(?<fix>(?<verb>(?:get|gets|got|getting)\s+off)\s+from)\s+(?:the|a|my|our|this|that|bus|train|subway|plane)\b/i, verbOnly),
  ];
}

// [words before, wrong prepositions, right preposition], for preposition.wrong.
const PERSONAL_BE = String.raw`(?:\b(?:I\s+am|you\s+are|we\s+are|they\s+are|he\s+is|she\s+is|I\s+was|you\s+were|we\s+were|they\s+were|he\s+was|she\s+was|I['’]m|you['’]re|we['’]re|they['’]re|he['’]s|she['’]s|(?:am|are|is|was|were)\s+(?:I|you|we|they|he|she))\s+(?:not\s+)?(?:[a-z]+\s+)?)`;
export const MORE_WRONG_PREPOSITIONS: readonly (readonly [string, string, string])[] = [
  // "the most famous of them all" picks one of many.
  ['(?<!\\b(?:most|least|more)\\s+)famous', 'of(?!\\s+(?:all|them|these|those)\\b)', 'for'],
  ['proud', 'for', 'of'],
  // "He is familiar to many viewers" (known to them) is English: only a person who knows a place or a thing.
  [`(?<=${PERSONAL_BE})familiar`, 'to(?!\\s+(?:me|you|him|her|us|them|many|most|everyone|everybody|anyone|people|fans|viewers|readers|audiences)\\b)', 'with'],
  // "agree to the plan" consents; a person or their opinion takes "with".
  ['agree|agrees|agreed|agreeing', 'to(?=\\s+(?:you|me|him|her|us|them)\\b(?!\\s+[a-z]+ing)|\\s+(?:the|his|her|their|my|your|our)\\s+(?:[a-z]+[’\']s\\s+)?(?:opinions?|views?)\\b)', 'with'],
];
