// "This soup smells wonderfully" -> "smells wonderful": a verb of the senses links its subject to
// an adjective (Korean 맛있게 냄새가 나다 has an adverb form). Only smell, taste, sound and seem,
// and "look" with a person's appearance word, before the end of the clause: "He looked
// carefully at the map" is the action of looking. And "fastly", a word English lacks, is "fast".
import { lexicalTags } from '../lexicon/word-classes';
import { matchCase } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';

const LINKING = String.raw`(?:smell|smells|smelled|smelt|taste|tastes|tasted|sound|sounds|sounded|seem|seems|seemed)`;
const APPEARANCE = String.raw`(?:beautifully|gorgeously|prettily|nicely|wonderfully|lovely|handsomely|amazingly|greatly|terribly|awfully|badly|tiredly|happily|sadly)`;
const CLAUSE_END = String.raw`(?=\s*[.!?,;]|\s*$|\s+(?:in|on|to|today|tonight|now|and|but|with|after|because)\b)`;

/** The adjective of an -ly adverb ("wonderfully" -> "wonderful", "badly" -> "bad"), when it is one. */
function adjectiveOf(adverb: string): string | null {
  const lower = adverb.toLowerCase();
  if (lower === 'badly') return 'bad';
  if (lower === 'well' || !lower.endsWith('ly')) return null;
  const candidates = [lower.slice(0, -2), lower.replace(/ily$/, 'y'), lower.replace(/ly$/, 'le'), lower.replace(/ally$/, 'al'), lower.replace(/ically$/, 'ic')];
  return candidates.find((c) => c.length > 2 && lexicalTags(c).has('Adjective') && !lexicalTags(c).has('Adverb')) ?? null;
}

export const linkingVerbAdverbRule: LearnerRule = {
  id: 'grammar.linking-verb-adverb',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) => [
    ...findWithRegex(text, new RegExp(String.raw`\b${LINKING}\s+(?:(?:so|very|really|quite|pretty|absolutely|too)\s+)?(?<fix>[a-z]+ly)${CLAUSE_END}`, 'i'), (m) => {
      const adjective = adjectiveOf(m.groups?.fix ?? '');
      return adjective === null ? null : adjective;
    }),
    // "You look beautifully in that hanbok": "look" + an appearance adverb.
    ...findWithRegex(text, new RegExp(String.raw`\b(?:look|looks|looked)\s+(?:(?:so|very|really|quite|absolutely)\s+)?(?<fix>${APPEARANCE})${CLAUSE_END}`, 'i'), (m) => {
      const adjective = adjectiveOf(m.groups?.fix ?? '');
      return adjective === null || /^(?:lovely)$/i.test(m.groups?.fix ?? '') ? null : adjective;
    }),
  ],
};

export const fastlyRule: LearnerRule = {
  id: 'word-choice.fastly',
  type: 'word_choice',
  severity: 'minor',
  find: ({ text }) => findWithRegex(text, /\b(?<fix>fastly)\b/i, (m) => matchCase(m.groups?.fix ?? '', 'fast')),
};
