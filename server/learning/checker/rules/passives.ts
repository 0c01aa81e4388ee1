// The passive of a verb that takes no object: "The accident was happened" -> "happened", "It is
// happened" -> "It happened", "will be happened" -> "will happen" (Korean 일어나게 되다, 사라지게
// 되다 read as passives). "It's happened" is "it has happened", so contractions are left alone;
// "was arrived at" is the passive of "arrive at" and "were disappeared by the regime" a real use.
import { canBeVerb, lexicalTags } from '../lexicon/word-classes';
import { isBaseVerb, verbForms } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';

const INTRANSITIVE = ['happen', 'occur', 'disappear', 'arrive', 'die', 'exist', 'appear', 'remain'];
const PARTICIPLES = INTRANSITIVE.map((verb) => (verb.endsWith('e') ? `${verb}d` : verb === 'occur' ? 'occurred' : `${verb}ed`));
const ADVERB = String.raw`(?:(?<adverb>already|suddenly|just|finally|recently|also|really|actually)\s+)?`;

export const intransitivePassiveRule: LearnerRule = {
  id: 'verb-form.intransitive-passive',
  type: 'grammar',
  severity: 'major',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(
        String.raw`\b(?<fix>(?<be>am|is|are|was|were|been|be|wasn't|weren't)\s+(?<not>not\s+)?${ADVERB}(?<participle>${PARTICIPLES.join('|')}))\b(?!\s+(?:at|by)\b)`,
        'i',
      ),
      (m) => {
        const be = (m.groups?.be ?? '').toLowerCase();
        const participle = m.groups?.participle ?? '';
        const verb = INTRANSITIVE[PARTICIPLES.indexOf(participle.toLowerCase())] ?? '';
        const adverb = m.groups?.adverb === undefined ? '' : `${m.groups.adverb} `;
        const negative = m.groups?.not !== undefined || be.endsWith("n't");
        // "has been happened" -> "has happened"; "will be happened" -> "will happen".
        if (be === 'been') return negative ? null : `${adverb}${participle}`;
        if (be === 'be') return negative ? null : `${adverb}${verb}`;
        if (negative) {
          // "was not happened" -> "did not happen"; "is not happened" could be "has not happened yet".
          if (!/^(?:was|were|wasn't|weren't)$/.test(be)) return null;
          return `${be.endsWith("n't") ? "didn't" : 'did not'} ${adverb}${verb}`;
        }
        return `${adverb}${participle}`;
      },
    ),
};

// "will be announce next week" -> "will be announced", "can be build" -> "built": after a modal
// and "be" a verb needs its participle (Korean 발표될 것이다 has no separate participle form). Only
// verbs the lexicon knows as verbs and not as adjectives or nouns ("will be open", "will be
// fine", "will be home", "will be fun"), with a participle of their own, and before a by-phrase,
// a time or the end of the clause ("will be live streamed" stays).
const MODAL_BE = String.raw`\b(?:will|would|can|could|must|should|may|might|won['’]t|can['’]t|to)\s+(?:not\s+)?be\s+`;
const AFTER_PASSIVE = String.raw`(?=\s*(?:[.!?,;:]|$)|\s+(?:by|in|on|at|next|tomorrow|soon|today|tonight|later|this|every|before|after|during|until|from|for|online|here|there|again|and|but|so)\b)`;
// Verbs that are also nouns but read as verbs after "be" only ("will be build", "will be complete" is an adjective).
const NOUN_VERBS_AFTER_BE = new Set(['build', 'finish', 'repair', 'change', 'release', 'report', 'use', 'start', 'cancel', 'delay', 'close', 'sell', 'show', 'test', 'check', 'pay', 'call', 'cook', 'paint', 'order', 'visit', 'update', 'design', 'review']);

export const modalPassiveParticipleRule: LearnerRule = {
  id: 'verb-form.passive-participle',
  type: 'grammar',
  severity: 'major',
  find: (tagged) =>
    findWithRegex(tagged.text, new RegExp(String.raw`${MODAL_BE}(?<fix>[a-z]+)\b${AFTER_PASSIVE}`, 'i'), (m) => {
      const verb = m.groups?.fix ?? '';
      if (!isBaseVerb(verb) || !canBeVerb(verb) || /^(?:like|worth|due|near|round|let|please)$/i.test(verb)) return null;
      const lexical = lexicalTags(verb);
      // "It will be like this": a preposition or an adverb is no participle's place.
      if (lexical.has('Preposition') || lexical.has('Adverb') || lexical.has('Conjunction')) return null;
      if (lexical.has('Adjective') || (lexical.has('Noun') && !NOUN_VERBS_AFTER_BE.has(verb))) return null;
      const participle = verbForms(verb).participle;
      return participle === verb ? null : participle;
    }),
};

// "My family is consisted of five people" -> "consists of": "consist" takes no object, so it has
// no passive (Korean 구성되다 is one). The tense of "be" goes to the verb.
const CONSIST_FOR: Record<string, string> = { is: 'consists', are: 'consist', was: 'consisted', were: 'consisted' };

export const consistOfRule: LearnerRule = {
  id: 'verb-form.consist-of',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?<fix>(?<be>is|are|was|were)\s+consisted)\s+of\b/i, (m) => CONSIST_FOR[(m.groups?.be ?? '').toLowerCase()] ?? null),
};
