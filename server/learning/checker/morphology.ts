// Inflection for the learner rules (and the practice phrase matcher), from compromise's
// conjugation through lexicon/verbs.ts.
import { verbBase, verbForms } from './lexicon/verbs';

import { isBaseVerb } from './lexicon/verbs';
export { isBaseVerb, verbBase, verbForms } from './lexicon/verbs';

export function thirdPersonSingular(verb: string): string {
  return verbForms(verb).third;
}

export function gerund(verb: string): string {
  return verbForms(verb).gerund;
}

export function pastTense(verb: string): string {
  return verbForms(verb).past;
}

/** The simple past for a past participle ("seen" -> "saw", "visited" -> "visited"), if it is one. */
export function pastFromParticiple(participle: string): string | undefined {
  const base = verbBase(participle);
  if (base === undefined) return undefined;
  const forms = verbForms(base);
  return forms.participle === participle.toLowerCase() ? forms.past : undefined;
}

/** Keeps the capital of a sentence-initial word on its replacement. */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

/** A base verb written in lower case (a capitalised one is a name or starts a sentence). */
export const isLowerBaseVerb = (word: string): boolean => word === word.toLowerCase() && isBaseVerb(word);
