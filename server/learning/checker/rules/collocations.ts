// Verbs that go with a noun by convention, not by meaning (Korean uses 하다 for both "make" and
// "do", and 빌리다 for both "borrow" and "lend"): "do a mistake" -> "make a mistake", "make my
// homework" -> "do my homework", "Can you borrow me your pen?" -> "lend me".
import { lexicalTags } from '../lexicon/word-classes';
import { matchCase, verbForms } from '../morphology';
import { findWithRegex, type LearnerRule, type RuleMatch } from './rule';

const DO_TO_MAKE: Record<string, string> = { do: 'make', does: 'makes', did: 'made', doing: 'making', done: 'made' };
const MAKE_TO_DO: Record<string, string> = { make: 'do', makes: 'does', made: 'did', making: 'doing' };
const QUANTITY = String.raw`(?:a|an|the|my|your|his|her|our|their|some|many|several|no|any|so\s+many|too\s+many|a\s+few|a\s+lot\s+of|lots\s+of|two|three|four|five|\d+)`;
const SIZE = String.raw`(?:big|small|huge|bad|stupid|silly|terrible|serious|careless|simple|little|few|good|important|right|wrong|quick|final|great|real|new|much|more|any|other|same)`;
// Nouns that take "make", in the forms learners put after "do".
// "do the plan" can mean carrying it out, so only "a plan" and "plans" without a determiner.
const MAKE_NOUNS = String.raw`(?:mistakes?|decisions?|noise|friends|money|progress|efforts?|choices?)`;
const MAKE_PLANS = String.raw`(?:(?:a|any|no|some|many|big|new)\s+)?(?:${SIZE}\s+)?plans?`;
// Nouns that take "do" after "make". Housework nouns after "make" can also start a result
// ("make homework easier", "make exercise a habit"), so only the end of the clause or a
// preposition or a time after the noun counts.
// A teacher can make (write) exercises, so only the mass noun "exercise".
const DO_NOUNS = String.raw`(?:homework|housework|laundry|exercise|shopping|chores)`;
const AFTER_DO_NOUN = String.raw`(?=\s*(?:[.!?,;:]|$)|\s+(?:on|at|in|every|after|before|with|for|today|tonight|tomorrow|yesterday|now|together|first|and|but|because|so|when|while|last|this|yet|again|alone)\b)`;
// "make the best of it" is English; "make my best" is not, but "make my best friend laugh" is.
const AFTER_BEST = String.raw`(?=\s*(?:[.!?,;:]|$)|\s+(?:to|for|at|in|and|but|so|because|today|every)\b)`;
// A helping word or a subject before the do-word makes it the verb of "a mistake", not the
// do-word of a question ("Why do mistakes happen?", "Do friends matter?").
const DO_AS_VERB_BEFORE = String.raw`(?<=\b(?:I|you|he|she|we|they|people|students|to|will|would|can|could|should|must|might|may|don't|doesn't|didn't|not|never|always|usually|often|sometimes|also|have|has|had|am|is|are|was|were|been|be|ever|just|still|really|I'll|I've|we've|you've)\s+)`;

/** A noun after the noun makes a compound ("do money transfers", "did a mistake analysis"). */
function nounFollows(after: string | undefined): boolean {
  const word = (after ?? '').trim();
  const tags = lexicalTags(word);
  if (word === '' || /^(?:there|here|again|today|tonight)$/i.test(word) || tags.has('Preposition')) return false;
  if (/ing$/i.test(word)) return true;
  return tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Preposition') && !tags.has('Adverb') && !tags.has('Conjunction') && !tags.has('Date') && !tags.has('QuestionWord');
}

function doToMake(word: string): string | null {
  const made = DO_TO_MAKE[word.toLowerCase()];
  return made === undefined ? null : matchCase(word, made);
}

/** "made" after "have" is the participle ("have made my homework" -> "have done"). */
function makeToDo(word: string, before: string): string | null {
  const lower = word.toLowerCase();
  if (lower === 'made' && /\b(?:have|has|had|['’]ve|['’]d)\s+(?:\w+\s+)?$/i.test(before)) return matchCase(word, verbForms('do').participle);
  const done = MAKE_TO_DO[lower];
  return done === undefined ? null : matchCase(word, done);
}

export const makeDoRule: LearnerRule = {
  id: 'word-choice.make-do',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }): RuleMatch[] => [
    // "did a big mistake", "do many mistakes", "people do mistakes"; not before another noun ("do money transfers").
    ...findWithRegex(
      text,
      new RegExp(String.raw`${DO_AS_VERB_BEFORE}\b(?<fix>do|does|did|doing|done)\s+(?:(?:${QUANTITY}\s+)?(?:${SIZE}\s+)?${MAKE_NOUNS}|${MAKE_PLANS})\b(?!['’-])(?<after>\s+[\w'’]+)?`, 'i'),
      (m) => (nounFollows(m.groups?.after) ? null : doToMake(m.groups?.fix ?? '')),
    ),
    ...findWithRegex(
      text,
      new RegExp(String.raw`\b(?<fix>make|makes|made|making)\s+(?:(?:my|your|his|her|our|their|the|some|a\s+lot\s+of|much|no|any)\s+)?${DO_NOUNS}\b(?!['’-])${AFTER_DO_NOUN}`, 'i'),
      (m) => makeToDo(m.groups?.fix ?? '', text.slice(0, m.index)),
    ),
    ...findWithRegex(
      text,
      new RegExp(String.raw`\b(?<fix>make|makes|made|making)\s+(?:my|your|his|her|our|their)\s+best${AFTER_BEST}`, 'i'),
      (m) => makeToDo(m.groups?.fix ?? '', text.slice(0, m.index)),
    ),
    // "Can you make me a favor?" -> "do me a favor".
    ...findWithRegex(
      text,
      /\b(?<fix>make|makes|made|making)\s+(?:me|him|her|us|them|you)\s+a\s+(?:big\s+|small\s+|little\s+|huge\s+)?favou?r\b/i,
      (m) => makeToDo(m.groups?.fix ?? '', text.slice(0, m.index)),
    ),
  ],
};

const BORROW_TO_LEND: Record<string, string> = { borrow: 'lend', borrows: 'lends', borrowed: 'lent', borrowing: 'lending' };
// What is lent, after the person: "borrow me your pen", "borrowed me some money". Not "borrow him
// laptop" (his laptop, pronoun.object-as-possessive) nor "Can I borrow her umbrella?" ("her" is her
// umbrella), nor "borrow you a second" ("borrow you for a second").
const LENT_THING = String.raw`(?:a|an|the|my|your|his|her|our|their|this|that|these|those|some|any|\d+|money|two|three|five|ten|a\s+little)`;

export const borrowLendRule: LearnerRule = {
  id: 'word-choice.borrow-lend',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(String.raw`\b(?<fix>borrow|borrows|borrowed|borrowing)\s+(?:me|him|us|them|you)\s+(?!(?:a|one)\s+(?:sec|second|minute|moment)\b)${LENT_THING}\b(?<rest>[^.!?;]*)`, 'i'),
      (m) => {
        // "borrow me a book from the library" borrows it for me.
        if (/\bfrom\b/i.test(m.groups?.rest ?? '')) return null;
        const verb = m.groups?.fix ?? '';
        const lend = BORROW_TO_LEND[verb.toLowerCase()];
        return lend === undefined ? null : matchCase(verb, lend);
      },
    ),
};
