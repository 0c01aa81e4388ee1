// A correction -> the notebook item it belongs to. The item is the mistake's pattern, not its
// sentence: the family that recognises the edit keys it ("enjoyed to read" and "enjoys to swim"
// -> verb-form:enjoy:gerund). A finding of one of the local checker's own rules is read by that
// rule's families; when none recognises it, the rule id keys it (with the governing word for
// verb patterns and prepositions). Anything else, mostly the LLM's findings, falls back to its
// type and its lemmatised original -> corrected words.
import type { Correction } from '../../../../shared/corrections';
import { FAMILIES, RECOGNITION_ORDER, RULE_FAMILIES } from '../families';
import type { PatternParams, PatternSpec } from '../families/family';
import { genericSpec } from '../families/generic';
import { hasTag, type Sentence } from '../language/sentence';
import { editOf, type EditableCorrection, type Edit } from './edit';

const GOVERNED_TYPES = new Set<Correction['type']>(['verb_pattern', 'preposition']);
// The rules whose pattern depends on the word before the change ("enjoy to" and "finish to" are
// two mistakes of one rule). The other verb-pattern and preposition rules name one construction
// each ("can to swim", "listen music"): their key is the rule, whatever the words.
const GOVERNED_RULES = new Set([
  'verb-pattern.gerund-after-verb',
  'verb-pattern.infinitive-after-verb',
  'verb-pattern.bare-infinitive',
  'verb-pattern.redundant-preposition',
  'preposition.wrong',
  'preposition.missing-after-verb',
]);

/** The word before the change when it can govern (a verb, adjective or noun), else the first verb the change touches. */
function governingWord({ left, removed, added, right }: Edit): string | undefined {
  const before = left.at(-1);
  if (before && !hasTag(before, 'Pronoun') && !hasTag(before, 'Determiner') && (hasTag(before, 'Verb') || hasTag(before, 'Adjective') || hasTag(before, 'Noun'))) {
    return before.lemma;
  }
  return [...removed, ...added, ...right.slice(0, 1)].find((t) => hasTag(t, 'Verb'))?.lemma;
}

function ruleSpec(edit: Edit, ruleId: string): PatternSpec {
  const governor = GOVERNED_TYPES.has(edit.type) ? governingWord(edit) : undefined;
  const generic = genericSpec(edit.type, edit.original, edit.corrected, { original: edit.originalTokens, corrected: edit.correctedTokens });
  const governed = governor !== undefined && GOVERNED_RULES.has(ruleId);
  const key = `rule:${ruleId}${governed ? `:${governor}` : ''}`;
  // Earlier keys added the governing word for every verb-pattern and preposition rule.
  const legacyKey = governor !== undefined && !governed ? `rule:${ruleId}:${governor}` : undefined;
  return { ...generic, key, ...(legacyKey ? { legacyKeys: [legacyKey] } : {}) };
}

function recognisedBy(edit: Edit): PatternSpec | null {
  const candidates = edit.ruleId ? RULE_FAMILIES[edit.ruleId] : undefined;
  if (edit.ruleId && candidates) {
    for (const id of candidates) {
      const spec = FAMILIES[id].recognise(edit);
      if (spec) return spec;
    }
    return null;
  }
  for (const family of RECOGNITION_ORDER) {
    const spec = family.recognise(edit);
    if (spec) return spec;
  }
  return null;
}

/** Rules whose every finding is a different word ("eye shopping", "hand phone"): keyed by the words, not the rule. */
const WORD_KEYED_RULES = new Set(['word-choice.konglish']);

/** The key a finding gets when no family recognises it: its rule id, or its type and lemmatised words. */
function fallbackSpec(edit: Edit): PatternSpec {
  // A rule of the checker this module does not know yet still keys by its id.
  if (edit.ruleId && !edit.ruleId.startsWith('harper.') && !WORD_KEYED_RULES.has(edit.ruleId)) return ruleSpec(edit, edit.ruleId);
  return genericSpec(edit.type, edit.original, edit.corrected, { original: edit.originalTokens, corrected: edit.correctedTokens });
}

export function patternOfEdit(edit: Edit): PatternSpec {
  const fallback = fallbackSpec(edit);
  const spec = recognisedBy(edit);
  if (spec === null) return fallback;
  // A family that recognises what an earlier keying left to the fallback: a stored item made
  // under that key is the same mistake (same rule and governing word, or the same words).
  const legacyKeys = [...new Set([...(spec.legacyKeys ?? []), fallback.key, ...(fallback.legacyKeys ?? [])])].filter((key) => key !== spec.key);
  return legacyKeys.length > 0 ? { ...spec, legacyKeys } : spec;
}

/**
 * The pattern of a correction of `text` (`sentences`: the text already parsed, when at hand;
 * `parse`: how to parse its pieces, e.g. remembering those of this turn).
 */
export function patternOf(
  text: string,
  correction: EditableCorrection,
  sentences?: readonly Sentence[],
  parse?: (text: string) => readonly Sentence[],
): { spec: PatternSpec; edit: Edit } {
  const edit = editOf(text, correction, sentences, parse);
  return { spec: patternOfEdit(edit), edit };
}

/** An item's params with a new example's: the nouns, prepositions and words of both. */
export function mergeParams(stored: PatternParams, added: PatternParams): PatternParams {
  const union = (a?: string[], b?: string[]) => (a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined);
  const merged: PatternParams = { ...added, ...stored };
  for (const field of ['nouns', 'wrong', 'right', 'avoid'] as const) {
    const values = union(stored[field], added[field]);
    if (values) merged[field] = values;
  }
  return merged;
}
