// An adjective where the adverb belongs, after an action verb: "He drives very careful" ->
// "carefully", "She sings good" -> "well" (Korean forms both from one stem: 조심스럽다, 조심스럽게).
// Only adjectives that say how something is done and rarely describe the subject, only at the end
// of the clause (a noun after them is what they describe: "cooks good food"), and never after a
// verb that links the subject to an adjective ("looks good", "stay quiet", "makes perfect", "went
// bad") or that says what one thinks or wants. "drive slow", "go easy" and "talk loud" are left
// out: their flat adverbs are everyday English.
import type { TaggedText, TaggedWord } from '../lexicon/tagged-text';
import { lexicalTags } from '../lexicon/word-classes';
import { verbBase } from '../morphology';
import { findAtWords, findWithRegex, wordOfGroup, type LearnerRule, type RuleMatch } from './rule';

const ADVERB_OF: Record<string, string> = {
  careful: 'carefully', careless: 'carelessly', quick: 'quickly', good: 'well', bad: 'badly', terrible: 'terribly',
  horrible: 'horribly', awful: 'awfully', beautiful: 'beautifully', perfect: 'perfectly', fluent: 'fluently', polite: 'politely',
  rude: 'rudely', correct: 'correctly', patient: 'patiently', quiet: 'quietly', calm: 'calmly', clear: 'clearly', confident: 'confidently',
  honest: 'honestly', serious: 'seriously', nervous: 'nervously',
};
// Verbs an adjective can follow as the subject's description, and verbs of thinking and wanting.
const NOT_ACTION_VERBS = new Set([
  'be', 'look', 'feel', 'seem', 'sound', 'smell', 'taste', 'become', 'get', 'stay', 'remain', 'appear', 'turn', 'grow', 'go', 'come',
  'keep', 'make', 'prove', 'act', 'fall', 'end', 'do', 'hold', 'stand', 'lie', 'rest', 'break', 'set', 'cut', 'ring', 'wear',
  'think', 'mean', 'know', 'like', 'love', 'want', 'need', 'say', 'have', 'let',
]);
const DEGREE = /^(?:very|so|really|too|quite|pretty|extremely|super|incredibly)$/i;
// Where the clause ends after the adjective.
const CLAUSE_END_AFTER = /^(?:\s*(?:[.!?,;:]|$)|\s+(?:when|because|but|and|so|if|while|today|yesterday|tonight|now|these\s+days|last\s+night|every\s+day)\b)/i;
// Verbs whose object can stand between them and "good" ("speaks English good", "plays the piano very good").
// After a degree word any of these adjectives ("answered the questions very calm"): none of these
// verbs takes an object and its description ("found the room very clean", "made him very happy").
const OBJECT_VERBS = new Set(['speak', 'play', 'sing', 'cook', 'dance', 'write', 'draw', 'read', 'explain', 'teach', 'understand', 'drive', 'answer', 'handle', 'treat', 'finish', 'check', 'solve']);
const OBJECT_WORD = /^(?:the|a|an|my|your|his|her|our|their|this|that|it|them|him)$/i;
const MAX_OBJECT_WORDS = 3;

const joined = (tagged: TaggedText, left: TaggedWord, right: TaggedWord): boolean => /^\s+$/.test(tagged.text.slice(left.end, right.start));

function actionVerbBase(word: TaggedWord): string | undefined {
  if (!word.tags.has('Verb') || /['’]/.test(word.text)) return undefined;
  const base = verbBase(word.text);
  return base === undefined || NOT_ACTION_VERBS.has(base) ? undefined : base;
}

/** The verb before an object of up to three words ("the piano", "Italian food", "English"), if one of OBJECT_VERBS. */
function verbBeforeObject(tagged: TaggedText, last: TaggedWord): boolean {
  let word: TaggedWord | undefined = last;
  for (let words = 0; word !== undefined && words < MAX_OBJECT_WORDS; words++) {
    const lexical = lexicalTags(word.text);
    const objectWord = OBJECT_WORD.test(word.text) || ((word.tags.has('Noun') || word.tags.has('Adjective') || lexical.has('Noun')) && !word.tags.has('Pronoun') && !word.tags.has('Preposition'));
    if (!objectWord) return false;
    const before = tagged.previous(word);
    if (before === undefined || !joined(tagged, before, word)) return false;
    const base = before.tags.has('Verb') ? verbBase(before.text) : undefined;
    if (base !== undefined && OBJECT_VERBS.has(base)) return true;
    word = before;
  }
  return false;
}

export const adjectiveAsAdverbRule: LearnerRule = {
  id: 'grammar.adjective-as-adverb',
  type: 'grammar',
  severity: 'moderate',
  find: (tagged) =>
    findAtWords(tagged, (adjective): RuleMatch | null => {
      const adverb = ADVERB_OF[adjective.text];
      if (adverb === undefined || !CLAUSE_END_AFTER.test(tagged.text.slice(adjective.end))) return null;
      // "serve beautiful, interactive pages": a comma between two adjectives of a noun.
      const after = tagged.next(adjective);
      if (after !== undefined && /^\s*,\s*$/.test(tagged.text.slice(adjective.end, after.start)) && lexicalTags(after.text).has('Adjective')) return null;
      let before = tagged.previous(adjective);
      const degree = before !== undefined && DEGREE.test(before.text) && joined(tagged, before, adjective);
      if (degree) before = tagged.previous(before!);
      if (before === undefined || !joined(tagged, before, tagged.next(before) ?? adjective)) return null;
      const replace = { start: adjective.start, end: adjective.end, replacement: adverb };
      if (actionVerbBase(before) !== undefined) return replace;
      // "speaks English good", "answered the questions very calm": "good", or a degree word, and only after verbs of skills and tasks.
      return (adjective.text === 'good' || degree) && verbBeforeObject(tagged, before) ? replace : null;
    }),
};

// "He works hardly" -> "works hard": "hardly" means "almost not" (Korean 열심히 has no -ly
// look-alike). Only after verbs of effort, and only where the clause or a time or purpose phrase
// follows: "I could hardly work", "He worked hardly at all" and "tried hardly anything" use the
// real "hardly".
const EFFORT_VERBS = String.raw`(?:work|works|worked|working|study|studies|studied|studying|try|tries|tried|trying|practice|practices|practiced|practicing|practise|practises|practised|practising|train|trains|trained|training)`;

export const hardlyHardRule: LearnerRule = {
  id: 'word-choice.hardly-hard',
  type: 'word_choice',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      new RegExp(String.raw`\b${EFFORT_VERBS}\s+(?:(?:very|so|really|too)\s+)?(?<fix>hardly)(?=\s*(?:[.!?,;:]|$)|\s+(?:every|for|to|on|in|and|but|so|because|today|yesterday|these|all|last|this|when|while|before|after|since|until)\b(?!\s+all\b))`, 'i'),
      () => 'hard',
    ),
};

// "too much expensive" -> "too expensive": "too" alone goes before an adjective; "too much" goes
// before a noun ("too much cold water", "too much fun") or stands alone. Only an adjective that
// is no noun, with the clause or a "for"/"to" phrase after it.
export const tooMuchAdjectiveRule: LearnerRule = {
  id: 'grammar.too-much-adjective',
  type: 'grammar',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(tagged.text, /\b(?<fix>(?<too>too)\s+much)\s+(?<adjective>[a-z]+)\b(?=\s*(?:[.!?,;:]|$)|\s+(?:for|to|this|today|now|these|and|but|so|because|at|in|during|when|lately|yesterday|that)\b)/i, (m) => {
      const adjective = wordOfGroup(tagged, m, 'adjective');
      if (adjective === undefined) return null;
      const lexical = lexicalTags(adjective.text);
      if (!lexical.has('Adjective') || lexical.has('Noun') || lexical.has('Comparative') || /er$/.test(adjective.text)) return null;
      // "I ate too much yesterday": an adverb or a participle of a verb that "too much" can follow ("worried too much").
      if (lexical.has('Adverb')) return null;
      return m.groups?.too ?? 'too';
    }),
};
