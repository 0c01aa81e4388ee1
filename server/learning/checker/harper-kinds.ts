// Which harper lints a learner sees, and how they map to our correction types.
import type { CorrectionType, Severity } from '../../../shared/corrections';

interface KindMapping {
  type: CorrectionType;
  severity: Severity;
}

// Kinds left out (Capitalization, Formatting, Punctuation, Readability, Redundancy, Style,
// Enhancement, Regionalism) are about written style; transcripts of speech get their
// capitals and punctuation from the speech recogniser, not from the learner.
export const LEARNER_LINT_KINDS: Readonly<Record<string, KindMapping>> = {
  Agreement: { type: 'agreement', severity: 'major' },
  Grammar: { type: 'grammar', severity: 'moderate' },
  WordOrder: { type: 'grammar', severity: 'moderate' },
  Miscellaneous: { type: 'grammar', severity: 'minor' },
  Spelling: { type: 'spelling', severity: 'minor' },
  Typo: { type: 'spelling', severity: 'minor' },
  BoundaryError: { type: 'spelling', severity: 'minor' },
  WordChoice: { type: 'word_choice', severity: 'moderate' },
  Malapropism: { type: 'word_choice', severity: 'moderate' },
  Eggcorn: { type: 'word_choice', severity: 'moderate' },
  Usage: { type: 'word_choice', severity: 'moderate' },
  Nonstandard: { type: 'word_choice', severity: 'moderate' },
  Repetition: { type: 'repetition', severity: 'minor' },
};

// Rules switched off although their kind is kept: they judge writing conventions, not English.
export const DISABLED_HARPER_RULES: readonly string[] = [
  'SentenceCapitalization',
  'CapitalizePersonalPronouns',
  'LongSentences',
  'OxfordComma',
  'NoOxfordComma',
  'Spaces',
  'AvoidContractions',
  'AvoidCurses',
  'FillerWords',
  'BoringWords',
  'Hedging',
  'SpelledNumbers',
  'UseTitleCase',
  // Fires on the everyday "that is how people speak", asking for "how to".
  'HowTo',
];
