// Verb forms from compromise's conjugation, with the irregular verbs of word-lists/ on top
// (compromise 14 gives "waked" for "wake" and no participle for "come" or "run").
import { IRREGULAR_VERBS } from '../word-lists/irregular-verbs';
import { model, transforms } from './compromise';
import { canBeVerb, isListed, lexicalTags } from './word-classes';

export interface VerbForms {
  base: string;
  /** Third person singular present: "goes", "is", "has". */
  third: string;
  past: string;
  participle: string;
  gerund: string;
}

const IRREGULAR = new Map(IRREGULAR_VERBS.map(([base, past, participle]) => [base, { past, participle }]));
const BASE_OF_IRREGULAR = new Map(IRREGULAR_VERBS.flatMap(([base, past, participle]) => [[past, base], [participle, base]]));

// compromise doubles a final "l" the British way ("travelled"); harper and the tutor write American
// English, where only verbs stressed on that last syllable double it.
const DOUBLE_L_IN_AMERICAN = new Set(['control', 'patrol', 'compel', 'excel', 'expel', 'propel', 'repel', 'dispel', 'rebel', 'enroll', 'fulfill', 'distill', 'instill', 'install']);

function american(base: string, form: string): string {
  if (!/[aeiou]l$/.test(base) || DOUBLE_L_IN_AMERICAN.has(base)) return form;
  const syllables = base.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables > 1 ? form.replace(/ll(ed|ing)$/, 'l$1') : form;
}

function fallbackGerund(base: string): string {
  if (base === 'be' || /(ee|ye|oe)$/.test(base)) return `${base}ing`;
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (base.endsWith('ic')) return `${base}king`;
  if (base.endsWith('e')) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

const formsCache = new Map<string, VerbForms>();

/** Every form of a verb, from its base ("go" -> goes, went, gone, going). */
export function verbForms(base: string): VerbForms {
  const lower = base.toLowerCase();
  const cached = formsCache.get(lower);
  if (cached !== undefined) return cached;
  const conjugated = transforms.verb.conjugate(lower, model);
  const irregular = IRREGULAR.get(lower);
  const past = irregular?.past ?? american(lower, conjugated.PastTense ?? `${lower}ed`);
  const gerund = conjugated.Gerund?.endsWith('ing') ? american(lower, conjugated.Gerund) : fallbackGerund(lower);
  const forms: VerbForms = {
    base: lower,
    third: lower === 'be' ? 'is' : (conjugated.PresentTense ?? `${lower}s`),
    past,
    participle: irregular?.participle ?? conjugated.Participle ?? past,
    gerund,
  };
  if (formsCache.size > 20_000) formsCache.clear();
  formsCache.set(lower, forms);
  return forms;
}

// Candidate bases for a form: compromise's own guess, then the regular suffixes undone.
function candidateBases(word: string): string[] {
  // The word itself is a base only when it has no inflectional ending and the lexicon does not
  // file it as a past form ("born"), or when the lexicon says it is one.
  const tags = lexicalTags(word);
  // compromise files a few words only as "Verb" ("born", "has"); none of them is a base.
  const inflected = /(?:ed|ing|s)$/.test(word) || tags.has('PastTense') || tags.has('Participle') || model.one.lexicon[word] === 'Verb';
  const candidates = !inflected || tags.has('Infinitive') ? [word] : [];
  for (const tense of ['Participle', 'PastTense', 'Gerund', 'PresentTense']) {
    if (lexicalTags(word).has(tense)) candidates.push(transforms.verb.toInfinitive(word, model, tense));
  }
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    candidates.push(transforms.verb.toInfinitive(word, model, 'Gerund'), stem, `${stem}e`, stem.slice(0, -1), `${stem.slice(0, -1)}ie`);
  } else if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    candidates.push(transforms.verb.toInfinitive(word, model, 'PastTense'), stem, `${stem}e`, stem.slice(0, -1), word.endsWith('ied') ? `${word.slice(0, -3)}y` : stem);
  } else if (word.endsWith('s')) {
    candidates.push(transforms.verb.toInfinitive(word, model, 'PresentTense'), word.slice(0, -1), word.slice(0, -2), word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1));
  }
  return candidates.filter((c) => c.length > 0);
}

function isFormOf(word: string, base: string): boolean {
  const forms = verbForms(base);
  const conjugated = transforms.verb.conjugate(base, model);
  return [forms.base, forms.third, forms.past, forms.participle, forms.gerund, conjugated.PastTense, conjugated.Gerund].includes(word);
}

// "rewrite", "reopen", "outgrow": compromise lists the verb, not each prefixed one.
const VERB_PREFIXES = /^(?:re|un|over|under|out|mis|pre|dis|co|up)(?=[a-z]{3,}$)/;

function isKnownVerb(base: string): boolean {
  // "reading" and "meeting" are forms, not bases; "bring" and "sing" are bases.
  if (base.endsWith('ing') && /[aeiouy]/.test(base.slice(0, -3))) return false;
  if (isListed(base)) return canBeVerb(base);
  const unprefixed = base.replace(VERB_PREFIXES, '');
  return unprefixed !== base && isListed(unprefixed) && canBeVerb(unprefixed);
}

/**
 * The base of a verb form ("went" -> "go", "studies" -> "study", "seen" -> "see"), or undefined
 * when the word is no form of a verb compromise knows.
 */
export function verbBase(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower === 'is' || lower === 'am' || lower === 'are' || lower === 'was' || lower === 'were' || lower === 'been') return 'be';
  const irregular = BASE_OF_IRREGULAR.get(lower);
  if (irregular !== undefined) return irregular;
  // A word that is a form of another verb ("lives", "texting") is not also its own base. The base
  // must be a verb the lexicon lists: a misspelling ("happend") is no verb of its own.
  const bases = candidateBases(lower).filter((base) => isKnownVerb(base) && isFormOf(lower, base));
  return bases.find((base) => base !== lower) ?? bases[0];
}

/** Whether the word is the base form of a verb ("go", "study"; not "goes" or "robot"). */
export function isBaseVerb(word: string): boolean {
  return verbBase(word) === word.toLowerCase();
}
