// A verb after a preposition takes -ing: "thank you for helping me", "before going to bed",
// "after eating". Learners put the bare verb there ("for help me", "before go").
import { gerund, isLowerBaseVerb } from '../morphology';
import { lexicalTags } from '../lexicon/word-classes';
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { findWithRegex, wordOfGroup, type LearnerRule } from './rule';

const GERUND_PREPOSITIONS = 'for|before|after|without|about|of|by|in|at|on';
const OBJECT_PRONOUNS = /^(?:me|him|us|them)$/i;
// "kind of like", "sort of know" are spoken hedges; "hold on, let me" has no verb after "on".
const HEDGES = /\b(?:kind|sort)\s+$/i;
const NOT_AFTER_PREPOSITION = new Set(['let', 'like', 'be', 'do', 'have', 'please']);

// Words that are verbs and also nouns said bare after a preposition ("after work the ...",
// "by train", "in charge", "for sale"): before an object they still read as the noun.
const BARE_NOUNS_AFTER_PREPOSITION = new Set([
  'work', 'school', 'class', 'train', 'hand', 'chance', 'love', 'rent', 'charge', 'turn', 'order', 'place', 'time', 'case',
  'use', 'need', 'control', 'change', 'return', 'practice', 'help', 'play', 'rest', 'risk', 'face', 'name', 'design',
  'demand', 'request', 'average', 'contrast', 'touch', 'trust', 'fear', 'surprise', 'cover', 'search', 'support',
  'progress', 'question', 'answer', 'fire', 'display', 'view', 'show', 'sale', 'hold', 'call', 'board', 'top', 'record',
  'file', 'watch', 'guard', 'tour', 'strike', 'schedule', 'lunch', 'dinner', 'breakfast', 'sleep', 'bed', 'travel',
  'duty', 'purpose', 'mind', 'end', 'air', 'sight', 'foot', 'phone', 'email', 'mail', 'text',
]);
// After these an object makes a word that is also a noun the verb: "after finish my homework",
// "before start the class". Other prepositions start too many set phrases ("in charge of the").
const TIME_PREPOSITIONS = /^(?:after|before|without)$/i;
const OPENS_OBJECT = /^(?:a|an|the|my|your|his|her|our|their|this|that|these|those|some)$/i;
const POSSESSIVES = /^(?:my|your|his|her|our|their)$/i;
// "good at cook", "bad at play the piano": what someone is good at is a noun or an -ing verb.
const SKILL_ADJECTIVE = /\b(?:good|bad|great|better|best|terrible|poor|excellent|awful)\s+at\s+$/i;

/** Whether a word that is also a noun reads as the verb after this preposition. */
function verbDespiteNoun(tagged: TaggedText, verb: TaggedWord, preposition: string): boolean {
  const next = tagged.next(verb);
  const nextText = next === undefined || !/^\s+$/.test(tagged.text.slice(verb.end, next.start)) ? '' : next.text;
  if (OBJECT_PRONOUNS.test(nextText)) return true;
  const before = tagged.text.slice(0, verb.start);
  // "good at cook": a person noun cannot stand bare there.
  if (SKILL_ADJECTIVE.test(before) && (lexicalTags(verb.text).has('Actor') || (next !== undefined && nextText !== '' && (next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Noun') || next.tags.has('Adjective'))))) return true;
  if (BARE_NOUNS_AFTER_PREPOSITION.has(verb.text)) return false;
  if (TIME_PREPOSITIONS.test(preposition) && OPENS_OBJECT.test(nextText)) return true;
  return /^(?:for|about|of|by)$/i.test(preposition) && POSSESSIVES.test(nextText);
}

export const gerundAfterPrepositionRule: LearnerRule = {
  id: 'verb-pattern.gerund-after-preposition',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, new RegExp(`\\b(?<preposition>${GERUND_PREPOSITIONS})\\s+(?<fix>[a-z]+)\\b`, 'i'), (m) => {
      const verb = m.groups?.fix ?? '';
      if (!isLowerBaseVerb(verb) || NOT_AFTER_PREPOSITION.has(verb) || HEDGES.test(tagged.text.slice(0, m.index))) return null;
      // A word that is also a noun ("for work", "after dinner") is the verb only where an object
      // or a skill says so ("for help me", "after finish my homework", "good at cook").
      const alsoNoun = lexicalTags(verb).has('Noun') || lexicalTags(verb).has('Adjective');
      const word = wordOfGroup(tagged, m, 'fix');
      if (alsoNoun && (word === undefined || !verbDespiteNoun(tagged, word, m.groups?.preposition ?? ''))) return null;
      return gerund(verb);
    }),
};
