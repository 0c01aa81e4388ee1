// Relative clauses (Korean puts the clause before its noun with no pronoun: 토론토에 사는 친구):
// "I have a friend lives in Toronto" lacks "who", "the phone that I bought it" repeats the
// object the relative pronoun already stands for, "the hotel where we stayed there" repeats the
// place, and "the doctor which treated me" uses "which" for a person.
import { lexicalTags } from '../lexicon/word-classes';
import { thirdPersonSingular, verbBase, verbForms } from '../morphology';
import { findWithRegex, wordOfGroup, type LearnerRule } from './rule';

// People, who take "who"; anything else takes "that".
const PEOPLE = String.raw`(?:friends?|brothers?|sisters?|cousins?|colleagues?|coworkers?|co-workers?|classmates?|roommates?|neighbou?rs?|teachers?|students?|uncles?|aunts?|sons?|daughters?|parents?|kids?|children|child|guys?|girls?|boys?|m[ae]n|wom[ae]n|people|persons?|person|doctors?|nurses?|customers?|bosses|boss|partners?|employees?|members?|relatives?|husband|wife|boyfriend|girlfriend|grandfather|grandmother|grandparents|fans?|players?|tourists?|foreigners?|workers?|engineers?|singers?|actors?|actress(?:es)?|lawyers?|someone|somebody|anyone|nobody)`;

/** Whether `verb` is a present verb agreeing with a noun (or a past one): "friend lives", "friends live", "friend lived". */
function agreesAsVerb(noun: string, verb: string): boolean {
  const base = verbBase(verb);
  if (base === undefined || /^(?:be|have|do)$/.test(base) && !/^(?:is|are|was|were|has|had|does|did)$/.test(verb)) return false;
  const plural = /(?:s|children|people|men|women)$/i.test(noun) && !/(?:ss|boss)$/i.test(noun);
  const forms = verbForms(base);
  if (verb === forms.past && verb !== forms.participle) return true;
  return plural ? verb === base || verb === 'are' || verb === 'have' : verb === thirdPersonSingular(base) || verb === 'is' || verb === 'has';
}

export const missingRelativePronounRule: LearnerRule = {
  id: 'grammar.missing-relative-pronoun',
  type: 'grammar',
  severity: 'moderate',
  find: (tagged) =>
    // With and without an adjective before the noun ("a friend lives", "a new friend lives").
    ['', String.raw`[a-z-]+\s+`].flatMap((adjective) => findWithRegex(
      tagged.text,
      // After "have", "meet" or "there is": "I know some people say" is a "that" clause, so "know" only before a singular.
      new RegExp(String.raw`\b(?<head>have|has|had|met|meet|there\s+(?:is|are|was|were)|there['’]s|know|knows|knew)\s+(?:a|an|some|many|two|three|four|several|lots\s+of|a\s+lot\s+of)\s+${adjective}(?<noun>[a-z]+)\s+(?<fix>(?<verb>[a-z]+))\b`, 'i'),
      (m) => {
        const noun = wordOfGroup(tagged, m, 'noun');
        const verb = wordOfGroup(tagged, m, 'verb');
        if (noun === undefined || verb === undefined || !noun.tags.has('Noun') || noun.tags.has('Adjective')) return null;
        // "two bucket generator functions" is a compound noun; "step sequences like ..." compares.
        if (!verb.tags.has('Verb') || verb.tags.has('Noun') || verb.tags.has('Preposition') || /^like$/i.test(verb.text)) return null;
        // "two bucket generator functions - linear and exponential": a list follows a noun, not a verb.
        if (/^\s*(?:[-–—:;.!?]|$)/.test(tagged.text.slice(verb.end))) return null;
        const verbText = verb.text.toLowerCase();
        if (!agreesAsVerb(noun.text, verbText) || /ing$/.test(verbText)) return null;
        if (/^know/i.test(m.groups?.head ?? '') && !/s$/.test(verbText)) return null;
        // "a lot of people think", "many friends helped": an adverb or a preposition after the noun makes no clause.
        if (lexicalTags(verbText).has('Adverb') || lexicalTags(verbText).has('Preposition')) return null;
        const who = new RegExp(`^${PEOPLE}$`, 'i').test(noun.text) ? 'who' : 'that';
        return `${who} ${verb.text}`;
      },
    )),
};

// A head noun a "that" clause can complete rather than describe ("the fact that I bought it",
// "the day that I bought it", "the way that I did it"): that clause keeps its object.
const COMPLEMENT_NOUNS = /^(?:fact|news|idea|feeling|hope|belief|proof|sign|chance|possibility|thought|rumou?r|claim|suggestion|impression|point|problem|truth|evidence|notion|message|promise|doubt|fear|risk|day|days|time|times|year|moment|week|month|night|morning|evening|way|reason|place|minute|second)$/i;
// "the box that I put it in": a preposition that ends the clause takes the relative as its object.
const OBJECT_AFTER = String.raw`(?![-'’])(?!\s+(?:in|on|for|with|to|into|at|from|by|about|of|up|out|off|back|down|over|away)(?:\s*[.!?,;]|\s*$|\s+(?:is|was|are|were|has|had|will|looks?|looked|broke|fell)\b))`;

export const relativeExtraPronounRule: LearnerRule = {
  id: 'grammar.relative-extra-pronoun',
  type: 'grammar',
  severity: 'moderate',
  find: (tagged) => [
    // "The phone that I bought it", "the people who I met them": the pronoun is the relative's object.
    ...findWithRegex(
      tagged.text,
      new RegExp(
        String.raw`\b(?:the|a|an|my|your|his|her|our|their|this|that|these|those)\s+(?:[a-z-]+\s+)?(?<noun>[a-z]+)\s+(?<rel>that|which|who|whom)\s+(?:I|you|we|they|he|she|my\s+[a-z]+|the\s+[a-z]+)\s+(?:[a-z]+ly\s+)?(?<verb>[a-z]+)(?<fix>\s+(?<pronoun>it|them|him|her))\b${OBJECT_AFTER}`,
        'i',
      ),
      (m) => {
        const noun = wordOfGroup(tagged, m, 'noun');
        if (noun === undefined || !noun.tags.has('Noun') || COMPLEMENT_NOUNS.test(noun.text)) return null;
        const person = /^(?:who|whom)$/i.test(m.groups?.rel ?? '');
        // "the book that I gave her": "her" can be the one it was given to; "it" cannot.
        if (person === (m.groups?.pronoun?.toLowerCase() === 'it')) return null;
        const verb = (m.groups?.verb ?? '').toLowerCase();
        return verbBase(verb) === undefined ? null : '';
      },
    ),
    // "The hotel where we stayed there": "where" already is the place.
    // "In the town where we lived there was a market" has its own "there was"; at the start of
    // the sentence the noun is the subject, and "there" before its verb is the repeated place.
    ...findWithRegex(tagged.text, /\b(?:the|a|an|my|your|his|her|our|their|this|that)\s+(?:[a-z-]+\s+)?[a-z]+\s+where\s+(?:I|you|we|they|he|she)\s+(?:[a-z]+ly\s+)?(?<verb>[a-z]+)(?<fix>\s+there)\b(?<be>\s+(?:is|are|was|were)\b)?/i, (m) => {
      if (m.groups?.be !== undefined && !/(?:^|[.!?]\s+)$/.test(tagged.text.slice(0, m.index))) return null;
      return verbBase((m.groups?.verb ?? '').toLowerCase()) === undefined ? null : '';
    }),
  ],
};

export const whichForPersonRule: LearnerRule = {
  id: 'grammar.which-for-person',
  type: 'grammar',
  severity: 'minor',
  find: (tagged) =>
    // "my friends, which was fun" refers to a whole clause after its comma, so only without one.
    findWithRegex(tagged.text, new RegExp(String.raw`\b(?:the|a|an|my|your|his|her|our|their|this|that|these|those)\s+(?:[a-z-]+\s+)?${PEOPLE}\s+(?<fix>which)\s+(?<next>[a-z]+)`, 'i'), (m) => {
      // "the players which team won": "whose"; only a verb or a subject after "which".
      const next = wordOfGroup(tagged, m, 'next');
      return next === undefined || (!next.tags.has('Verb') && !next.tags.has('Pronoun') && !next.tags.has('Determiner')) ? null : 'who';
    }),
};
