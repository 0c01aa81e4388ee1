// What an explanation is: one template per native language, given the learner's words and the fix.
import type { NativeLanguage } from '../../../../shared/corrections';

export type Template = (original: string, corrected: string) => string;
export type Entry = Record<NativeLanguage, Template>;
/** Rule id -> its explanation. */
export type RuleExplanations = Record<string, Entry>;

export const lastWord = (phrase: string): string => phrase.trim().split(/\s+/).at(-1) ?? phrase;
