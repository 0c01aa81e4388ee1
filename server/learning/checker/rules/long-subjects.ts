// Agreement across a long subject, where the verb sits far from its noun (Korean verbs do not
// agree, and the nearest noun misleads): "The people who live next door is" (a relative clause
// between), "The cost of living in big cities are" (an of-phrase: "cost" is the head; a plain
// place phrase, "The students in our class speaks", is agreement.plural-subject's). Only at the
// start of a sentence, and only the first verb after the phrase, with nothing between that
// starts another clause.
import { lexicalTags } from '../lexicon/word-classes';
import { verbBase } from '../morphology';
import type { TaggedText } from '../lexicon/tagged-text';
import { findWithRegex, type IndexedMatch, type LearnerRule, type RuleMatch } from './rule';

const TO_PLURAL: Record<string, string> = { is: 'are', was: 'were', has: 'have', "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't" };
const TO_SINGULAR: Record<string, string> = { are: 'is', were: 'was', have: 'has', "aren't": "isn't", "weren't": "wasn't", "haven't": "hasn't" };
const DETERMINER = String.raw`(?:The|My|Our|Their|His|Her|Your|These|Those)`;
// Up to six words of the phrase, none of which opens another clause or is punctuation.
const PHRASE = String.raw`(?<phrase>(?:\s+(?!(?:that|which|who|because|when|if|and|but|or|so|while|where)\b)[\w'’-]+){1,6}?)`;
// Heads that take the number of their of-phrase ("the rest of the students are", "a lot of people are").
const CLAUSE_VERBS = new Set(['say', 'tell', 'think', 'know', 'believe', 'feel', 'hope', 'hear', 'mean', 'guess', 'read', 'claim', 'write', 'show', 'find', 'see', 'notice', 'learn', 'realize', 'realise', 'agree', 'decide', 'expect', 'suggest', 'explain', 'ask', 'wonder']);
const QUANTITY_HEADS = /^(?:number|majority|rest|lot|lots|bunch|couple|group|half|most|all|some|none|part|percent|kind|type|sort|variety|series|pair|range|total|handful|dozen|plenty|one|each|either|neither|family|team|staff|police)$/i;

/** The words of a match's phrase hold no verb of their own (so the verb found is the main one). */
function verblessPhrase(tagged: TaggedText, m: IndexedMatch, allowFirstVerb: boolean): boolean {
  const span = m.indices.groups?.phrase;
  if (span === undefined) return false;
  const words = tagged.words.filter((w) => w.start >= span[0] && w.end <= span[1]);
  return words.every((w, i) => (allowFirstVerb && i === 0) || !(w.tags.has('Verb') && !w.tags.has('Noun') && !w.tags.has('Adjective') && !w.tags.has('Gerund')));
}

export const longSubjectRule: LearnerRule = {
  id: 'agreement.long-subject',
  type: 'agreement',
  severity: 'major',
  find: (tagged): RuleMatch[] => [
    // "The people who live next door is": a plural head, "who"/"that" and its verb, then a singular be.
    ...findWithRegex(tagged.text, new RegExp(String.raw`(?:^|(?<=[.!?]\s+))${DETERMINER}\s+(?:[a-z]+\s+)?(?<noun>[a-z]+)\s+(?:who|that)\s+(?<inner>[a-z]+)${PHRASE}\s+(?<fix>is|was|has|isn['’]t|wasn['’]t|hasn['’]t)\b`), (m) => {
      const noun = tagged.wordAt(m.indices.groups!.noun![0]);
      const inner = tagged.wordAt(m.indices.groups!.inner![0]);
      if (noun === undefined || inner === undefined || !noun.tags.has('Plural') || !lexicalTags(noun.text).has('Plural') || /ss$/.test(noun.text)) return null;
      // The clause's own verb right after "who" ("who live", "who passed"), so the be after it is the main verb.
      const innerBase = verbBase(inner.text.toLowerCase());
      if (!inner.tags.has('Verb') || inner.tags.has('Noun') || innerBase === undefined) return null;
      // "The students who said the test was easy": a verb that takes a clause, whose own verb the be may be.
      if (CLAUSE_VERBS.has(innerBase)) return null;
      if (!verblessPhrase(tagged, m, false)) return null;
      return TO_PLURAL[(m.groups?.fix ?? '').toLowerCase()] ?? null;
    }),
    // "The cost of living in big cities are": a singular head before "of".
    ...findWithRegex(tagged.text, new RegExp(String.raw`(?:^|(?<=[.!?]\s+))The\s+(?:[a-z]+\s+)?(?<noun>[a-z]+)\s+of${PHRASE}\s+(?<fix>are|were|have|aren['’]t|weren['’]t|haven['’]t)\b`), (m) => {
      const noun = tagged.wordAt(m.indices.groups!.noun![0]);
      if (noun === undefined || !noun.tags.has('Singular') || noun.tags.has('Plural') || lexicalTags(noun.text).has('Plural') || QUANTITY_HEADS.test(noun.text)) return null;
      // "The cost of living": an -ing after "of" is part of the phrase, not its verb.
      if (!verblessPhrase(tagged, m, true)) return null;
      // "The price of these shoes have gone up": "have" + a participle is a verb form too.
      return TO_SINGULAR[(m.groups?.fix ?? '').toLowerCase()] ?? null;
    }),
  ],
};
