// Comparing with the wrong word or form (Korean marks the compared thing with 보다, which learners
// render as "as" or "that"): "taller as me", "more convenient that the bus" -> "than"; "much fast
// than" lacks -er; "the baddest", "the beautifulest" are no forms ("worst", "most beautiful").
import { isComparative, shortAdjectiveForms } from '../lexicon/adjectives';
import { isListed, lexicalTags } from '../lexicon/word-classes';
import { matchCase } from '../morphology';
import type { TaggedText } from '../lexicon/tagged-text';
import { findWithRegex, type LearnerRule } from './rule';

// What "than" compares with: an object pronoun, "I expected", or a noun phrase that ends its clause.
const PRONOUN_COMPARED = String.raw`(?:me|him|her|us|them|you|mine|yours|his|hers|ours|theirs)(?=\s*[.!?,;]|\s*$|\s+(?:in|at|on|now|today|already|last|and|but)\b)`;
const CLAUSE_COMPARED = String.raw`(?:I|we|you|they|he|she)\s+(?:had\s+)?(?:expected|thought|imagined|hoped|planned|remembered|predicted|guessed|believed)`;
const PHRASE_COMPARED = String.raw`(?<phrase>(?:the|my|your|his|her|our|their|this|that|these|those|[A-Z][a-z]+)(?:\s+[a-z'’-]+){0,3}?)(?=\s*[.!?,;]|\s*$|\s+(?:in|at|on|during|last|and|but|because)\b)`;

const DETERMINERS = /^(?:the|my|your|his|her|our|their|this|that|these|those)$/i;

/** A word before "as"/"that" that compares: "taller", "better", "more crowded". */
function compares(words: string): boolean {
  const parts = words.toLowerCase().split(/\s+/);
  if (parts.length === 2) return /^(?:more|less)$/.test(parts[0] ?? '') && lexicalTags(parts[1] ?? '').has('Adjective') && !isComparative(parts[1] ?? '');
  return parts[0] !== undefined && isComparative(parts[0]) && !/^(?:more|less|other|rather|further|later|ever|never|over|under|after|either|neither|whether)$/.test(parts[0]);
}

/** The words of a noun phrase hold no verb: "as the day went on" is a clause of time, not a comparison. */
function verbless(tagged: TaggedText, start: number, end: number): boolean {
  return !tagged.words.some((w) => w.start >= start && w.end <= end && w.tags.has('Verb') && !w.tags.has('Noun') && !w.tags.has('Adjective'));
}

export const thanRule: LearnerRule = {
  id: 'comparative.than',
  type: 'comparative',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      new RegExp(String.raw`\b(?<compared>(?:more|less)\s+[a-z]+|[a-z]+)\s+(?<fix>as|that)\s+(?:${PRONOUN_COMPARED}|${CLAUSE_COMPARED}|${PHRASE_COMPARED})`, 'i'),
      (m) => {
        if (!compares(m.groups?.compared ?? '')) return null;
        const phrase = m.indices.groups?.phrase;
        // "It's more likely that the bus is late": "that" opens a clause, which has its verb.
        if (phrase !== undefined && !verbless(tagged, phrase[0], phrase[1])) return null;
        // A phrase without a determiner is a name ("warmer as Incheon"): "better as well" is no
        // comparison (the pattern is case-blind, so the capital is checked here). "better as a
        // team" has no determiner the phrase may start with.
        const first = m.groups?.phrase?.split(/\s+/)[0] ?? '';
        if (phrase !== undefined && !DETERMINERS.test(first) && !/^[A-Z][a-z]/.test(first)) return null;
        return matchCase(m.groups?.fix ?? '', 'than');
      },
    ),
};

// "much fast than" -> "much faster than", "is much expensive than" -> "much more expensive than".
// Only after be or a degree word: "other than", "rather than", "different than" are English.
export const thanWithoutComparativeRule: LearnerRule = {
  id: 'comparative.than-without-er',
  type: 'comparative',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?:is|are|was|were|['’]s|be|been|much|far|even|a\s+lot|a\s+little|a\s+bit|way)\s+(?<fix>(?<adjective>[a-z]+))\s+than\b/i, (m) => {
      const adjective = (m.groups?.adjective ?? '').toLowerCase();
      if (isComparative(adjective) || /^(?:different|other|rather|more|less|better|worse|elsewhere|anything|nothing|someone|something)$/.test(adjective)) return null;
      const short = shortAdjectiveForms(adjective, { alsoOtherWords: true });
      if (short !== undefined) return short.comparative;
      const tags = lexicalTags(adjective);
      return tags.has('Adjective') && !tags.has('Noun') && !tags.has('Verb') && !tags.has('Adverb') ? `more ${adjective}` : null;
    }),
};

// -er/-est on adjectives that have other forms: "good" and "bad" are irregular, and long
// adjectives ("beautiful", "famous", "expensive") take "more"/"most".
const IRREGULAR: Record<string, string> = { gooder: 'better', goodest: 'best', badder: 'worse', baddest: 'worst', worser: 'worse', worstest: 'worst', bestest: 'best' };

export const irregularComparativeRule: LearnerRule = {
  id: 'comparative.irregular',
  type: 'comparative',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?<fix>(?<stem>[a-z]{3,}?)(?<ending>er|est))\b(?![-'’])/i, (m) => {
      const word = (m.groups?.fix ?? '').toLowerCase();
      const irregular = IRREGULAR[word];
      if (irregular !== undefined) return matchCase(m.groups?.fix ?? '', irregular);
      // Only a word English lacks ("beautifulest"), built on a long adjective ("beautiful").
      if (isListed(word)) return null;
      const stem = (m.groups?.stem ?? '').toLowerCase();
      if (!/(?:ful|ous|ive|al|ic|ing|ed|less|ant|ent|able|ible)$/.test(stem) || !lexicalTags(stem).has('Adjective') || shortAdjectiveForms(stem) !== undefined) return null;
      return `${m.groups?.ending === 'er' ? 'more' : 'most'} ${stem}`;
    }),
};
