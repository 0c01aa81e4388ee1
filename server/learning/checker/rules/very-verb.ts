// "Very" before a verb: "I very like it" -> "I really like it" (Korean 정말/아주 sits before the
// verb; English "very" only qualifies adjectives and adverbs). "I very much like it" is English.
// After a noun subject ("My mom very enjoys", "My kids very love") only a verb that agrees with it.
import { canBeVerb, lexicalTags } from '../lexicon/word-classes';
import { isBaseVerb, verbBase } from '../morphology';
import { findWithRegex, wordOfGroup, type LearnerRule } from './rule';
import { startsClause } from './subjects';

export const veryBeforeVerbRule: LearnerRule = {
  id: 'word-order.very-verb',
  type: 'grammar',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, /\b(?<subject>I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?<noun>[a-z]+))\s+(?<fix>very)\s+(?<verb>[a-z]+)\b/, (m) => {
      if (!startsClause(tagged.text, m.index)) return null;
      // "My mom very enjoys gardening": a possessive and a noun that is no adjective ("my very best").
      if (m.groups?.noun !== undefined) {
        const noun = wordOfGroup(tagged, m, 'noun');
        if (noun === undefined || !noun.tags.has('Noun') || noun.tags.has('Adjective') || lexicalTags(noun.text).has('Adjective')) return null;
        const verb = wordOfGroup(tagged, m, 'verb');
        // After a noun only a verb that agrees with it: the -s of a singular ("my mom very enjoys"),
        // or a base verb after a plural with -s ("my kids very love"); "my dad very tired" lacks "is".
        if (verb === undefined || !verb.tags.has('Verb') || verb.tags.has('Noun')) return null;
        const pluralNoun = noun.tags.has('Plural') && /[^s]s$/.test(noun.text);
        if (pluralNoun ? !isBaseVerb(verb.text) : !/s$/.test(verb.text)) return null;
      }
      const verb = wordOfGroup(tagged, m, 'verb');
      if (verb === undefined || /^(?:much|many|well|often|few|little)$/.test(verb.text)) return null;
      // "I very tired" lacks "am": an adjective or a participle is not the verb this rule means.
      if (!canBeVerb(verb.text) || verbBase(verb.text) === undefined || /(?:ing)$/.test(verb.text)) return null;
      if (verb.tags.has('Adjective') || lexicalTags(verb.text).has('Adjective')) return null;
      if (/ed$/.test(verb.text) && !verb.tags.has('PastTense')) return null;
      return 'really';
    }),
};
