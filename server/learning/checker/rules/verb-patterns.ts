// Verb patterns: "enjoy to swim", "want going", "made me to think", "must to go", "want that you come",
// "look forward to meet", "I am agree", "discuss about". The governing verbs are closed sets
// (word-lists/gerund-verbs.ts); the verbs after them are any verb compromise knows.
import { gerund, isLowerBaseVerb, pastTense, thirdPersonSingular, verbBase, verbForms } from '../morphology';
import { canBeVerb } from '../lexicon/word-classes';
import { BARE_INFINITIVE_VERBS, GERUND_VERBS, INFINITIVE_VERBS } from '../word-lists/gerund-verbs';
import type { TaggedText } from '../lexicon/tagged-text';
import { findWithRegex, wordOfGroup, wordsPattern, type IndexedMatch, type LearnerRule, type RuleMatch } from './rule';
import { laterFiniteVerb, subjectBefore } from './subjects';
import { redundantAfterVerbs } from './verb-prepositions';
import { moreGerundsAfterVerbs } from './infinitive-idioms';

function allForms(verbs: readonly string[]): string[] {
  return verbs.flatMap((v) => [v, thirdPersonSingular(v), pastTense(v), gerund(v)]);
}

// "be" before the verb, also contracted or across "not" and an adverb: "it's strongly recommended to".
const PASSIVE_BEFORE = /(?:\b(?:am|is|are|was|were|be|been|being)|['’](?:s|re|m))\s+(?:(?:not|[a-z]+ly)\s+)*$/i;
// A subject or a modal right before "consider", at the start of a clause: "I consider to move".
const CONSIDER_SUBJECT_BEFORE = /(?:^|[.!?,;]\s+|\b(?:and|but|so|because)\s+)(?:I|you|we|they|he|she)\s+(?:(?:really|seriously|also|should|could|might|must|will|would|may)\s+)?$/i;

// "considering to quit his job and start a farm": the second verb was under the same "to".
const COORDINATED_VERB = /^(?<between>(?:\s+[a-z'’]+){1,4}?)\s+and\s+(?<verb>[a-z]+)(?=\s+(?:the|a|an|my|your|his|her|our|their|this|that|some|it|them|him|me|us)\b)/;

/** The verb joined by "and" to the one a match turned into -ing, made -ing as well. */
function coordinatedGerunds(text: string, matches: readonly RuleMatch[]): RuleMatch[] {
  return matches.flatMap((match) => {
    const rest = COORDINATED_VERB.exec(text.slice(match.end));
    const verb = rest?.groups?.verb ?? '';
    if (rest === null || !isLowerBaseVerb(verb) || !canBeVerb(verb)) return [];
    // "... and I", "... that we": another clause starts before the "and".
    if (/\b(?:I|you|he|she|we|they|that|which|who|because|when|if)\b/.test(rest.groups?.between ?? '')) return [];
    const start = match.end + rest[0].length - verb.length;
    return [{ start, end: start + verb.length, replacement: gerund(verb) }];
  });
}

// "enjoy to swim", "avoided to answer" and "is considering to quit": the verb before "to".
function toInfinitiveForGerund(text: string): RuleMatch[] {
  return [
    ...findWithRegex(
      text,
      // A passive ("visitors are recommended to arrive early", "it's strongly recommended to
      // use") keeps its infinitive.
      new RegExp(`(?<!\\b(?:am|is|are|was|were|be|been|being)\\s+)\\b(?<fix>(?<verb>${wordsPattern(allForms(GERUND_VERBS))})\\s+to\\s+(?<next>[a-z]+))\\b`, 'i'),
      (m) => {
        if (!/ing$/i.test(m.groups?.verb ?? '') && PASSIVE_BEFORE.test(text.slice(0, m.index))) return null;
        const next = m.groups?.next ?? '';
        return isLowerBaseVerb(next) ? `${m.groups?.verb ?? ''} ${gerund(next)}` : null;
      },
    ),
    // "I'm considering to quit" -> "considering quitting". "considered" is left out ("is widely
    // considered to be", "a man considered to be a genius" are passives), and so is "consider to
    // be" ("what I consider to be important" has its object before it).
    ...findWithRegex(text, /\b(?<fix>(?<verb>consider|considers|considering)\s+to\s+(?<next>[a-z]+))\b/i, (m) => {
      const next = m.groups?.next ?? '';
      if (!isLowerBaseVerb(next) || /^(?:be|have)$/.test(next)) return null;
      if (!/ing$/i.test(m.groups?.verb ?? '') && !CONSIDER_SUBJECT_BEFORE.test(text.slice(0, m.index))) return null;
      return `${m.groups?.verb ?? ''} ${gerund(next)}`;
    }),
  ];
}

export const gerundAfterVerbRule: LearnerRule = {
  id: 'verb-pattern.gerund-after-verb',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) => {
    const toGerund = [...toInfinitiveForGerund(text), ...moreGerundsAfterVerbs(text)];
    return [
      ...toGerund,
      ...coordinatedGerunds(text, toGerund),
      // "I'm used to get up early": a person used to something; "It is used to make paper" is a passive.
      ...findWithRegex(
        text,
        /\b(?:I|you|he|she|we|they)(?:['’](?:m|re|s)|\s+(?:am|are|is|was|were|get|got|getting))\s+(?:(?:not|never|really|still|already|so|quite|completely|totally|finally|slowly)\s+)?used\s+to\s+(?<fix>[a-z]+)\b/i,
        (m) => {
          const next = m.groups?.fix ?? '';
          return isLowerBaseVerb(next) ? gerund(next) : null;
        },
      ),
    ];
  },
};

/** The base verb of an -ing form after a governing verb ("going" -> "go"), or null when it is none here. */
function baseOfGerund(tagged: TaggedText, m: IndexedMatch): string | null {
  // "the plan", "my hope": the noun, not the verb.
  const governing = wordOfGroup(tagged, m, 'verb');
  if (governing === undefined || !governing.tags.has('Verb')) return null;
  const next = (m.groups?.fix ?? '').toLowerCase();
  const base = verbBase(next);
  if (base === undefined || verbForms(base).gerund !== next) return null;
  // "We decided moving was best": the -ing form is the subject of a clause of its own.
  const word = wordOfGroup(tagged, m, 'fix');
  if (word !== undefined && laterFiniteVerb(tagged, word)) return null;
  return base;
}

// After "agree" only before an object ("agreed paying the workers more"): "The council agreed
// funding for the school" is British English for approving it.
const OPENS_OBJECT_AFTER = String.raw`(?=\s+(?:the|a|an|my|your|his|her|our|their|this|that|these|those|some|more|me|him|us|them|it)\b)`;

export const infinitiveAfterVerbRule: LearnerRule = {
  id: 'verb-pattern.infinitive-after-verb',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (tagged) => [
    ...findWithRegex(tagged.text, new RegExp(`\\b(?<verb>${wordsPattern(allForms(INFINITIVE_VERBS))})\\s+(?<fix>[a-z]+ing)\\b`, 'i'), (m) => {
      const base = baseOfGerund(tagged, m);
      return base === null ? null : `to ${base}`;
    }),
    ...findWithRegex(tagged.text, new RegExp(`\\b(?<verb>${wordsPattern(allForms(['agree']))})\\s+(?<fix>[a-z]+ing)\\b${OPENS_OBJECT_AFTER}`, 'i'), (m) => {
      const base = baseOfGerund(tagged, m);
      return base === null ? null : `to ${base}`;
    }),
  ],
};

export const bareInfinitiveRule: LearnerRule = {
  id: 'verb-pattern.bare-infinitive',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      // "made me to think", "let the children to play"; a passive "was made to wait" has no object.
      new RegExp(
        `\\b(?:${wordsPattern(allForms(BARE_INFINITIVE_VERBS))})\\s+(?:me|you|him|her|us|them|it|(?:the|my|your|his|her|our|their)\\s+[a-z]+)\\s+(?<fix>to\\s+(?<next>[a-z]+))\\b`,
        'i',
      ),
      (m) => {
        const next = m.groups?.next ?? '';
        return isLowerBaseVerb(next) ? next : null;
      },
    ),
};

export const modalToRule: LearnerRule = {
  id: 'verb-pattern.modal-to',
  type: 'verb_pattern',
  severity: 'moderate',
  find: (tagged) =>
    findWithRegex(
      tagged.text,
      /\b(?<modal>can|could|must|should|will|would|may|might|cannot|can't|couldn't|won't|shouldn't|mustn't)\s+(?:not\s+|(?:you|I|we|they|he|she)\s+)?(?<fix>to\s+(?<next>[a-z]+))\b/i,
      (m) => {
        const modal = wordOfGroup(tagged, m, 'modal');
        if (modal === undefined || (/^(?:will|may|can|might|must)$/i.test(modal.text) && !modal.tags.has('Modal') && !modal.tags.has('Auxiliary'))) return null;
        const next = m.groups?.next ?? '';
        return isLowerBaseVerb(next) ? next : null;
      },
    ),
};

export const lookForwardToRule: LearnerRule = {
  id: 'verb-pattern.look-forward-to',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?:look|looks|looked|looking)\s+forward\s+to\s+(?<fix>[a-z]+)\b/i, (m) => {
      const verb = m.groups?.fix ?? '';
      return isLowerBaseVerb(verb) ? gerund(verb) : null;
    }),
};

const THIRD_PERSON = /^(he|she)$/i;

// After a noun subject ("Many people are not agree", "My mom is agree") the subject stays and
// "be" becomes the do-word, "not" as written: "do not agree", "doesn't agree".
const PERSONAL_PRONOUN = /^(?:I|we|you|they|he|she)$/i;
const DO_FOR_BE: Record<string, string> = { is: 'does', are: 'do', "isn't": "doesn't", "aren't": "don't", 'isn’t': 'doesn’t', 'aren’t': 'don’t' };

export const beAgreeRule: LearnerRule = {
  id: 'verb-pattern.be-agree',
  type: 'verb_pattern',
  severity: 'major',
  find: (tagged) => [
    ...findWithRegex(
      tagged.text,
      /\b(?<fix>(?<subject>I|we|you|they|he|she)(?:\s+(?:am|are|is)\s+|['’](?:m|re|s)\s+)(?<not>not\s+)?(?<verb>agree|disagree))\b/i,
      (m) => {
        const subject = m.groups?.subject ?? '';
        const verb = (m.groups?.verb ?? '').toLowerCase();
        const third = THIRD_PERSON.test(subject);
        if (m.groups?.not !== undefined) return `${subject} ${third ? "doesn't" : "don't"} ${verb}`;
        return `${subject} ${third ? thirdPersonSingular(verb) : verb}`;
      },
    ),
    ...findWithRegex(tagged.text, /\b(?<fix>(?<be>is|are|isn['’]t|aren['’]t)\s+(?<not>not\s+)?(?<verb>agree|disagree))\b/i, (m) => {
      const beWord = wordOfGroup(tagged, m, 'be');
      const subject = beWord === undefined ? undefined : subjectBefore(tagged, beWord);
      if (subject === undefined || (subject.kind === 'pronoun' && PERSONAL_PRONOUN.test(subject.head.text))) return null;
      const be = (m.groups?.be ?? '').toLowerCase();
      const verb = (m.groups?.verb ?? '').toLowerCase();
      const singular = /^is/.test(be);
      if (m.groups?.not !== undefined || /n['’]t$/.test(be)) return `${DO_FOR_BE[be] ?? ''}${m.groups?.not === undefined ? '' : ' not'} ${verb}`;
      return singular ? thirdPersonSingular(verb) : verb;
    }),
  ],
};

// "I want that you come" -> "I want you to come": "want" takes an object and "to", never a
// "that" clause (Korean -기를 원하다 reads as one). The subject pronoun becomes an object, a
// modal goes ("want that you will come"). Not where "want" is in a relative clause whose "that"
// starts another one ("anything you want that I can get you").
const OBJECT_OF: Record<string, string> = { i: 'me', he: 'him', she: 'her', we: 'us', they: 'them', you: 'you', it: 'it' };
const RELATIVE_HEAD_BEFORE = /\b(?:anything|something|everything|nothing|what|whatever|all|thing|things|one|ones|way|much|many|someone|anyone|everyone|the\s+[a-z]+)\s+(?:[a-z'’]+\s+){1,3}$/i;

export const wantThatRule: LearnerRule = {
  id: 'verb-pattern.want-that',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?<want>want|wants|wanted|wanting)\s+(?<fix>that\s+(?<subject>I|you|he|she|we|they|(?:my|our|your|his|her|their|the)\s+[a-z]+)\s+(?:(?:will|would|should|can|could|must)\s+)?(?<verb>[a-z]+))\b/i,
      (m) => {
        if (RELATIVE_HEAD_BEFORE.test(text.slice(0, m.index))) return null;
        const verb = (m.groups?.verb ?? '').toLowerCase();
        const base = verbBase(verb);
        if (base === undefined || verb.endsWith('ing')) return null;
        const forms = verbForms(base);
        if (![forms.base, forms.third, forms.past, 'am', 'is', 'are', 'was', 'were'].includes(verb)) return null;
        const subject = m.groups?.subject ?? '';
        const object = OBJECT_OF[subject.toLowerCase()] ?? subject;
        return `${object} to ${base}`;
      },
    ),
};

// Transitive verbs that take their object directly, with the preposition learners add.
const NO_PREPOSITION_VERBS: Record<string, string> = {
  discuss: 'about', mention: 'about', emphasize: 'on', emphasise: 'on', resemble: 'to', reach: 'to', contact: 'with',
};
// "in contact with", "lost contact with": the noun, which does take the preposition.
const NOUN_BEFORE = String.raw`(?<!\b(?:in|no|any|the|close|eye|direct|physical|regular|frequent|constant|lost|keep|kept|stay|stayed|make|made)\s+)`;
// "attend to a patient" means looking after someone; only events are attended without "to".
const ENTERED_INTO_AGREEMENTS = 'agreements?|contracts?|negotiations?|talks|discussions?|partnerships?|relationships?|force|marriage|alliances?|deals?|dialogue|competitions?|politics|service|details?|debates?|correspondence|business';
const ATTENDED_EVENTS = 'meetings?|class(?:es)?|school|conferences?|ceremon(?:y|ies)|weddings?|lectures?|events?|part(?:y|ies)|concerts?|seminars?|courses?|church|college|university|funerals?|workshops?';

export const redundantPrepositionRule: LearnerRule = {
  id: 'verb-pattern.redundant-preposition',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) => [
    ...redundantAfterVerbs(text),
    ...Object.entries(NO_PREPOSITION_VERBS).flatMap(([verb, preposition]) =>
      findWithRegex(
        text,
        new RegExp(`${NOUN_BEFORE}\\b(?<fix>(?<verb>${wordsPattern(allForms([verb]))})\\s+${preposition})\\b`, 'i'),
        (m) => m.groups?.verb ?? null,
      ),
    ),
    // "entered into the room"; "enter into an agreement" is the set phrase for agreements.
    ...findWithRegex(
      text,
      new RegExp(`\\b(?<fix>(?<verb>${wordsPattern(allForms(['enter']))})\\s+into)\\s+(?!(?:(?:an?|the|their|our|new|formal)\\s+)?(?:${ENTERED_INTO_AGREEMENTS})\\b)[a-z]`, 'i'),
      (m) => m.groups?.verb ?? null,
    ),
    // "visited to my grandmother": the verb after its subject or a helping word; "a visit to
    // Jeju" and "visits to the doctor" are the noun, which does take "to".
    ...findWithRegex(
      text,
      new RegExp(`\\b(?:I|you|we|they|he|she|to|will|would|can|could|should|must|didn't|don't|never|often|always|usually|also|let's)\\s+(?<fix>(?<verb>visit|visits|visited)\\s+to)\\b`, 'i'),
      (m) => m.groups?.verb ?? null,
    ),
    ...findWithRegex(
      text,
      new RegExp(`\\b(?<fix>(?<verb>${wordsPattern(allForms(['attend']))})\\s+to)\\s+(?:(?:the|a|an|my|his|her|our|their|this|that|[A-Z][a-z]+['’]s)\\s+)?(?:[a-z]+\\s+)?(?:${ATTENDED_EVENTS})\\b`, 'i'),
      (m) => m.groups?.verb ?? null,
    ),
  ],
};
