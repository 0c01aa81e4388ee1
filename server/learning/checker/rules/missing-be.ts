// A clause without its "be" (Korean adjectives are verbs, 피곤하다, and 태어나다 is active):
// "We going to the beach" -> "We are going", "My sister always tired" -> "is always tired",
// "I born in Ulsan" -> "I was born". Only at the start of a clause, and only where nothing else
// can be the verb: "My mother always worried about me" has its past verb, so -ed words count
// only before the end of the clause or a preposition of place or time.
import { lexicalTags } from '../lexicon/word-classes';
import { verbBase } from '../morphology';
import { CLAUSE_START, findWithRegex, wordOfGroup, type LearnerRule } from './rule';
import { laterFiniteVerb } from './subjects';

const PRONOUN_BE: Record<string, [present: string, past: string]> = {
  i: ['am', 'was'], you: ['are', 'were'], we: ['are', 'were'], they: ['are', 'were'], he: ['is', 'was'], she: ['is', 'was'],
};
const STATE_VERBS = new Set(['like', 'love', 'enjoy', 'hate', 'want', 'need', 'know', 'prefer', 'understand', 'believe', 'remember', 'seem', 'own', 'belong', 'mean', 'agree']);
const ADVERBS = String.raw`(?:always|usually|often|never|sometimes|really|so|very|too|still|quite|extremely|super|pretty)`;
const AFTER_STATE = String.raw`(?=\s*[.!?,;]|\s*$|\s+(?:after|on|in|at|during|because|when|these|today|tonight|now|every|and|but|from|with|about|of)\b)`;
const ED_STATE_AFTER = /^(?:\s*[.!?,;]|\s*$|\s+(?:after|on|in|at|during|because|when|these|today|tonight|now|every)\b)/;
const NOUN_SUBJECT = String.raw`(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he)\s+(?:[a-z]+\s+)?(?<noun>[a-z]+)`;

function beFor(subject: string, noun: string | undefined): string {
  if (noun === undefined) return PRONOUN_BE[subject.toLowerCase()]?.[0] ?? 'is';
  return /[^s]s$|people|children$/.test(noun) ? 'are' : 'is';
}

export const missingBeRule: LearnerRule = {
  id: 'verb-form.missing-be',
  type: 'grammar',
  severity: 'major',
  find: (tagged) => [
    // "We going to the beach": a pronoun subject and the -ing of a verb.
    ...findWithRegex(tagged.text, new RegExp(String.raw`${CLAUSE_START}(?<fix>(?<subject>I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)\s+(?<verb>[a-z]+ing))\b`), (m) => {
      const verb = m.groups?.verb ?? '';
      const base = verbBase(verb);
      if (base === undefined || lexicalTags(verb).has('Noun') && !lexicalTags(verb).has('Gerund')) return null;
      // "She enjoying to dance" means "enjoys": verbs of state are rarely progressive, so no "be" is guessed.
      if (STATE_VERBS.has(base)) return null;
      return `${m.groups?.subject ?? ''} ${beFor(m.groups?.subject ?? '', undefined)} ${verb}`;
    }),
    // "My sister always tired", "The new cafe really crowded on weekends": an adverb, then a state.
    ...findWithRegex(tagged.text, new RegExp(String.raw`(?:^|[.!?]\s+)(?<subject>I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|${NOUN_SUBJECT})(?<fix>\s+${ADVERBS})\s+(?<state>[a-z]+)${AFTER_STATE}`), (m) => {
      const state = wordOfGroup(tagged, m, 'state');
      if (state === undefined || !lexicalTags(state.text).has('Adjective')) return null;
      // "My mother always worried about me": a word that is also a verb is the verb, unless it ends
      // in -ed (a state) and nothing it could govern follows ("tired after her shift", "crowded on weekends").
      if (lexicalTags(state.text).has('Verb') && (!/ed$/.test(state.text) || !ED_STATE_AFTER.test(tagged.text.slice(state.end)))) return null;
      if (laterFiniteVerb(tagged, state)) return null;
      const noun = m.groups?.noun;
      if (noun !== undefined && !wordOfGroup(tagged, m, 'noun')?.tags.has('Noun')) return null;
      return ` ${beFor(m.groups?.subject ?? '', noun)}${m.groups?.fix ?? ''}`;
    }),
    // "I born in Ulsan", "Their first baby born last month"; "a baby born in 2020 needs ..." describes the baby.
    ...findWithRegex(tagged.text, new RegExp(String.raw`(?:^|[.!?,;]\s+|\b(?:and|but|because|so)\s+)(?<subject>I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|${NOUN_SUBJECT})\s+(?<fix>born)\b`), (m) => {
      const born = wordOfGroup(tagged, m, 'fix');
      if (born === undefined || laterFiniteVerb(tagged, born)) return null;
      const noun = m.groups?.noun === undefined ? undefined : wordOfGroup(tagged, m, 'noun');
      if (noun !== undefined && (!noun.tags.has('Noun') || noun.tags.has('Verb'))) return null;
      const be = beFor(m.groups?.subject ?? '', m.groups?.noun);
      return `${be === 'are' ? 'were' : 'was'} born`;
    }),
  ],
};
