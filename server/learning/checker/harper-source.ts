// harper.js findings for a text, filtered to what a learner needs.
import { LocalLinter, SuggestionKind, type Lint } from 'harper.js';
// The WASM file itself rather than the base64-inlined copy (no decoded copy kept in the JS heap),
// and the slim build: harper-wasm without its default features (the Typst and TeX parsers and the
// thesaurus), none of which plain-text linting uses. The full build also instantiates the slim
// module beside itself, so slim alone is one WebAssembly instance instead of two.
import { slimBinary as binary } from 'harper.js/slimBinary';
import type { Finding } from './finding';
import { isBaseVerb, verbForms } from './morphology';
import { DISABLED_HARPER_RULES, LEARNER_LINT_KINDS } from './harper-kinds';
import { KOREAN_WORDS } from './word-lists/korean-words';

export interface HarperSource {
  /** `knownWords`: lower-case words that are no misspelling here (the page's own words). */
  find(text: string, knownWords?: ReadonlySet<string>): Promise<Finding[]>;
}

// "wether" -> "wet her", "informations" -> "in formations": splitting a misspelt word is almost
// never what a learner meant.
function splitsWord(original: string, corrected: string): boolean {
  return !/\s/.test(original) && /\s/.test(corrected);
}

// harper runs in American English; British spellings ("cancelled", "colour", "realise") are not errors.
function isBritishSpellingOf(original: string, corrected: string): boolean {
  const normalise = (word: string) =>
    word
      .toLowerCase()
      .replace(/ll/g, 'l')
      .replace(/our/g, 'or')
      .replace(/tis(e|es|ed|ing)\b/g, 'tic$1')
      .replace(/is(e|es|ing|ed|ation)/g, 'iz$1')
      .replace(/yse/g, 'yze')
      .replace(/tre(s|d)?\b/g, 'ter$1')
      .replace(/ogue\b/g, 'og')
      .replace(/ence\b/g, 'ense');
  return normalise(original) === normalise(corrected);
}

// "Lee Mi-kyung", "Soo-min": the lower-case half of a hyphenated Korean name.
function isPartOfHyphenatedName(text: string, start: number): boolean {
  return /[A-Z][a-z]*-$/.test(text.slice(Math.max(0, start - 20), start));
}

// "I had my hair cut", "get your car washed": after have or get and a possessive, the noun and
// the participle are a causative ("had someone cut my hair"), not a compound ("haircut") split in two.
const CAUSATIVE_BEFORE = /\b(?:have|has|had|having|get|gets|got|gotten|getting)\s+(?:my|your|his|her|its|our|their)\s+$/i;

function joinsCausative(textBefore: string, original: string, corrected: string): boolean {
  return /\s/.test(original) && original.replace(/[\s-]+/g, '').toLowerCase() === corrected.replace(/-/g, '').toLowerCase() && CAUSATIVE_BEFORE.test(textBefore);
}

const AGREEING_FUNCTION_WORDS = /^(?:is|are|was|were|am|has|have|do|does|don't|doesn't|this|these|that|those)$/i;

// An agreement fix changes the form of a word ("play" -> "plays"), not the word ("news" -> "thing").
function isInflectionOf(original: string, corrected: string): boolean {
  if (AGREEING_FUNCTION_WORDS.test(original) && AGREEING_FUNCTION_WORDS.test(corrected)) return true;
  return original.slice(0, 2).toLowerCase() === corrected.slice(0, 2).toLowerCase();
}

/**
 * harper orders spelling suggestions by closeness alone ("happend" -> "happen" before "happened").
 * A learner who wrote a past tense or an -s meant that form: when the word is a regular ending on a
 * verb compromise knows ("happen" + d, "study" + ed), the suggestion that is that verb's form wins.
 */
function likeliestReplacement(original: string, replacements: readonly string[], textBefore: string): string | undefined {
  const lower = original.toLowerCase();
  const stem = /^(.+?)(?:ed|d|s|es|ing)$/.exec(lower)?.[1];
  const base = stem === undefined ? undefined : [stem, `${stem}e`, stem.replace(/i$/, 'y')].find((candidate) => isBaseVerb(candidate));
  const afterPerfect = /\b(?:have|has|had|been|be|is|are|was|were)\s+$/i.test(textBefore);
  if (base !== undefined) {
    const forms = verbForms(base);
    const wanted = lower.endsWith('ing') ? [forms.gerund] : lower.endsWith('s') ? [forms.third] : afterPerfect ? [forms.participle, forms.past] : [forms.past, forms.participle];
    for (const form of wanted) {
      const found = replacements.slice(0, 4).find((r) => r.toLowerCase() === form);
      if (found !== undefined) return found;
    }
  }
  return replacements[0];
}

function toFinding(text: string, lint: Lint, knownWords: ReadonlySet<string>): Finding | null {
  const kind = lint.lint_kind();
  const mapping = LEARNER_LINT_KINDS[kind];
  if (mapping === undefined) return null;
  const span = lint.span();
  const original = text.slice(span.start, span.end);
  // Spans are UTF-16 offsets in harper.js 2.x; a mismatch means that changed, so skip rather than misplace.
  if (original !== lint.get_problem_text()) return null;
  // Capitalised words the dictionary lacks are mostly names (Jisoo, Hyundai, Busan).
  if (mapping.type === 'spelling' && /^[A-Z]/.test(original)) return null;
  if (mapping.type === 'spelling' && (knownWords.has(original.toLowerCase()) || isPartOfHyphenatedName(text, span.start))) return null;
  const suggestions = lint.suggestions();
  const replacements = suggestions.filter((s) => s.kind() !== SuggestionKind.InsertAfter).map((s) => s.get_replacement_text());
  const [first] = suggestions;
  if (first === undefined) return null;
  const corrected =
    first.kind() === SuggestionKind.InsertAfter
      ? original + first.get_replacement_text()
      : (likeliestReplacement(original, replacements, text.slice(0, span.start)) ?? first.get_replacement_text());
  if (corrected === original || (corrected === '' && mapping.type !== 'repetition')) return null;
  if (kind === 'Typo' && splitsWord(original, corrected)) return null;
  if (mapping.type === 'spelling' && isBritishSpellingOf(original, corrected)) return null;
  if (kind === 'Agreement' && !isInflectionOf(original, corrected)) return null;
  if (joinsCausative(text.slice(0, span.start), original, corrected)) return null;
  return { ruleId: `harper.${kind}`, ...mapping, start: span.start, end: span.end, original, corrected };
}

export async function createHarperSource(): Promise<HarperSource> {
  const linter = new LocalLinter({ binary });
  await linter.setup();
  await linter.setLintConfig(Object.fromEntries(DISABLED_HARPER_RULES.map((rule) => [rule, false])));
  await linter.importWords([...KOREAN_WORDS]);
  return {
    async find(text, knownWords = new Set()) {
      const lints = await linter.lint(text, { language: 'plaintext' });
      return lints.map((lint) => toFinding(text, lint, knownWords)).filter((f): f is Finding => f !== null);
    },
  };
}
