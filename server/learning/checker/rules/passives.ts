// The passive of a verb that takes no object: "The accident was happened" -> "happened", "It is
// happened" -> "It happened", "will be happened" -> "will happen" (Korean 일어나게 되다, 사라지게
// 되다 read as passives). "It's happened" is "it has happened", so contractions are left alone;
// "was arrived at" is the passive of "arrive at" and "were disappeared by the regime" a real use.
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
