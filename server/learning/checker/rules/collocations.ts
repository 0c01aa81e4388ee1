// Verbs that go with a noun by convention, not by meaning (Korean uses 하다 for both "make" and
// "do", and 빌리다 for both "borrow" and "lend"): "do a mistake" -> "make a mistake", "make my
// homework" -> "do my homework", "Can you borrow me your pen?" -> "lend me".
import { lexicalTags } from '../lexicon/word-classes';
import { matchCase, verbForms } from '../morphology';
import { findWithRegex, wordOfGroup, type LearnerRule, type RuleMatch } from './rule';

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
const DO_AS_VERB_BEFORE = String.raw`(?<=\b(?:I|you|he|she|we|they|people|students|everyone|everybody|someone|somebody|nobody|to|will|would|can|could|should|must|might|may|don't|doesn't|didn't|not|never|always|usually|often|sometimes|also|have|has|had|am|is|are|was|were|been|be|ever|just|still|really|I'll|I've|we've|you've)\s+)`;

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

// "I lost the bus" -> "missed the bus" (Korean 놓치다 is both losing hold of something and not
// catching it). Only transport one catches at a time, after a determiner and with no noun after
// it: "lost my bus pass", "lost my train of thought" and "lost the flight data" are other losses.
const LOSE_TO_MISS: Record<string, string> = { lose: 'miss', loses: 'misses', lost: 'missed', losing: 'missing' };
const CAUGHT = String.raw`(?:bus|train|flight|plane|subway|ferry|shuttle)`;

export const loseMissRule: LearnerRule = {
  id: 'word-choice.lose-miss',
  type: 'word_choice',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      new RegExp(String.raw`(?<!\b(?:was|were|been|is|are|get|got)\s+)\b(?<fix>lose|loses|lost|losing)\s+(?:the|my|his|her|our|their|your)\s+(?:(?:last|first|next|early|morning|only)\s+)?${CAUGHT}\b(?!['’-])(?<after>\s+[\w'’]+)?`, 'i'),
      (m) => {
        const after = (m.groups?.after ?? '').trim();
        if (after !== '' && !/^(?:this|that|today|yesterday|again|and|but|so|because|to|at|in|on|by|home|last|every|this|twice|once|when)$/i.test(after)) return null;
        const verb = m.groups?.fix ?? '';
        const miss = LOSE_TO_MISS[verb.toLowerCase()];
        return miss === undefined ? null : matchCase(verb, miss);
      },
    ),
};

// "She told that she would move" -> "said that": "tell" needs the person told ("told me that").
// Not after be ("I was told that ...": the passive keeps "told"), and only before a clause's
// subject: "She told that story again" has "that" as a determiner.
const TELL_TO_SAY: Record<string, string> = { tell: 'say', tells: 'says', told: 'said', telling: 'saying' };

export const toldThatRule: LearnerRule = {
  id: 'word-choice.told-that',
  type: 'word_choice',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      /(?<!\b(?:am|is|are|was|were|be|been|being|get|got|I['’]m|he['’]s|she['’]s)\s+(?:\w+ly\s+)?)\b(?<fix>tell|tells|told|telling)\s+that\s+(?<next>[A-Za-z]+)\b/,
      (m) => {
        const next = wordOfGroup(tagged, m, 'next');
        if (next === undefined) return null;
        const subjectStart =
          /^(?:I|you|he|she|it|we|they|there|the|a|an|my|your|his|her|our|their|this|these|those|some|many|most|all|everyone|nobody)$/i.test(next.text) ||
          (next.text === next.text.toLowerCase() && lexicalTags(next.text).has('Plural') && next.tags.has('Noun'));
        if (!subjectStart) return null;
        const verb = m.groups?.fix ?? '';
        const say = TELL_TO_SAY[verb.toLowerCase()];
        return say === undefined ? null : matchCase(verb, say);
      },
    ),
};

// "It was so a good movie" -> "such a good movie": "so" goes before an adjective alone, "such"
// before "a" + adjective + noun. Only right after be: elsewhere "so" may join clauses ("It was
// late, so a friend drove me").
export const soSuchRule: LearnerRule = {
  id: 'word-choice.so-such',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?:is|was|are|were|be|been|['’]s)\s+(?<fix>so)\s+(?=an?\s+[a-z]+\s+[a-z]+)/i, (m) => matchCase(m.groups?.fix ?? '', 'such')),
};

const MAKE_TO_TAKE: Record<string, string> = { make: 'take', makes: 'takes', made: 'took', making: 'taking' };
const EAT_TO_TAKE: Record<string, string> = { eat: 'take', eats: 'takes', ate: 'took', eaten: 'taken', eating: 'taking' };

// "make a photo" -> "take a photo" (Korean 사진을 찍다 has its own verb; learners reach for "make").
// Not before a noun ("makes photo books" makes the books).
// "made" after "have" is the participle: "have taken".
export const takePhotoRule: LearnerRule = {
  id: 'word-choice.take-photo',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?<fix>make|makes|made|making)\s+(?:(?:a|an|the|some|many|hundreds\s+of|lots\s+of|a\s+lot\s+of|a\s+few|my|your|our|\d+|two|three|ten)\s+)?(?:(?:nice|good|quick|great|group|family|new)\s+)?(?:photos?|pictures?|selfies?)\b(?![-'’])(?=\s*[.!?,;]|\s*$|\s+(?:of|with|for|in|at|on|and|but|together|today|yesterday|here|there|before|after|when|while|because|so|to|every|me|us|him|her|them|you)\b)/i,
      (m) => {
        const word = m.groups?.fix ?? '';
        const have = /\b(?:have|has|had|['’]ve)\s+(?:\w+\s+)?$/i.test(text.slice(0, m.index));
        return matchCase(word, have && /^made$/i.test(word) ? 'taken' : MAKE_TO_TAKE[word.toLowerCase()] ?? word);
      },
    ),
};

// "eat medicine" -> "take medicine" (Korean 약을 먹다 "eats" it).
export const takeMedicineRule: LearnerRule = {
  id: 'word-choice.take-medicine',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?<fix>eat|eats|ate|eaten|eating)\s+(?:(?:my|your|his|her|our|their|the|this|that|some|cold|pain|sleeping|allergy|headache|stomach)\s+){0,2}(?:medicines?|medications?|pills?|tablets?|vitamins?|painkillers?)\b/i,
      (m) => matchCase(m.groups?.fix ?? '', EAT_TO_TAKE[(m.groups?.fix ?? '').toLowerCase()] ?? ''),
    ),
};

// "Please teach me your phone number" -> "tell me": 가르쳐 주다 is also giving a piece of
// information; "teach" is for a skill or a subject. Only before what one tells, not teaches.
const TOLD_THINGS = String.raw`(?:(?:phone\s+)?number|e-?mail(?:\s+address)?|address|name|(?:Instagram|Kakao(?:Talk)?|Line)\s+ID|ID|password|the\s+way|the\s+time|the\s+answer)`;
const TEACH_TO_TELL: Record<string, string> = { teach: 'tell', teaches: 'tells', taught: 'told', teaching: 'telling' };

export const teachTellRule: LearnerRule = {
  id: 'word-choice.teach-tell',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(String.raw`\b(?<fix>teach|teaches|taught|teaching)\s+(?:me|you|him|her|us|them)\s+(?:(?:your|his|her|their|our|my)\s+)?${TOLD_THINGS}\b`, 'i'),
      (m) => matchCase(m.groups?.fix ?? '', TEACH_TO_TELL[(m.groups?.fix ?? '').toLowerCase()] ?? ''),
    ),
};

// "I played with my coworkers at a bar" -> "hung out with": 놀다 is both a child's play and
// adults spending time together, which English calls hanging out. Only with people who are
// plainly adults (coworkers, colleagues, the boss); "played with my friends" can be children's.
const HANG_OUT: Record<string, string> = { play: 'hang out', plays: 'hangs out', played: 'hung out', playing: 'hanging out' };

const GAMES = /\b(?:golf|tennis|soccer|football|baseball|basketball|badminton|volleyball|bowling|cards|games?|poker|match|tournament|league|band|music|guitar|piano|drums)\b/i;

export const hangOutRule: LearnerRule = {
  id: 'word-choice.hang-out',
  type: 'word_choice',
  severity: 'minor',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?<fix>play|plays|played|playing)\s+with\s+(?:(?:my|our|his|her|their|your|some|the)\s+)?(?:new\s+|old\s+|office\s+)?(?:coworkers?|co-workers?|colleagues?|boss|bosses|team\s+members|clients?|manager|seniors)\b/i,
      // "played with my coworkers in a golf tournament" plays a game: any game or music in the clause.
      (m) => (GAMES.test(text.slice(m.index).split(/[.!?;]/)[0] ?? '') ? null : matchCase(m.groups?.fix ?? '', HANG_OUT[(m.groups?.fix ?? '').toLowerCase()] ?? '')),
    ),
};
