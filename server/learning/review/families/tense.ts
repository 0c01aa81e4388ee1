// A finished past time ("yesterday", "last week", "two years ago", "in 2019") takes the simple
// past: "Yesterday I went", not "Yesterday I go" (past-time) nor "I have been there last year"
// (perfect-past-time). One item each.
// Correct use: a sentence with such a time expression whose verbs are in the simple past; a
// mistake: a present verb there (past-time) or have/has + participle there (perfect-past-time).
// Verbs of thinking and feeling ("I remember the party yesterday") are left out: they are fine.
import type { Edit } from '../keying/edit';
import { MODALS, isParticipleForm, isPastForm, isVerb, subjectBefore } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)`;
const PERIODS = String.raw`(?:night|week|weekend|month|year|summer|winter|spring|fall|autumn|semester|term|time|holiday|vacation|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const PAST_TIME = new RegExp(
  String.raw`\b(?:yesterday|last ${PERIODS}|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|some) ${UNITS} ago|in (?:19|20)\d\d|the other day|when i was (?:young|a child|a kid|little|a student|in \w+ school))\b`,
);
const STATIVE = new Set(['remember', 'know', 'think', 'believe', 'like', 'love', 'hate', 'want', 'need', 'understand', 'feel', 'hope', 'seem', 'prefer', 'mean', 'guess', 'forget', 'agree']);
const PRESENT_TO_PAST: Record<string, string> = { am: 'was', is: 'was', are: 'were', do: 'did', does: 'did', can: 'could', have: 'had', has: 'had' };
const PAST_FINITE = new Set(['was', 'were', 'did', 'had', 'could']);

export const hasPastTime = (tokens: readonly Token[]) => PAST_TIME.test(tokens.map((t) => t.word).join(' '));

function pastTime({ removed, added }: Edit): PatternSpec | null {
  const [r0] = removed;
  const [a0] = added;
  if (removed.length !== 1 || added.length !== 1 || r0 === undefined || a0 === undefined) return null;
  const toPast = PRESENT_TO_PAST[r0.word] === a0.word || (r0.lemma === a0.lemma && !isPastForm(r0) && isPastForm(a0) && a0.word !== r0.word);
  if (!toPast) return null;
  return { family: 'past-time', key: 'past-time', pattern: 'past time (yesterday, last week, ... ago) + present verb → simple past', corrected: a0.word, params: {} };
}

function perfectPastTime({ removed, added, before }: Edit): PatternSpec | null {
  if (!removed.some((t) => t.lemma === 'have') || added.some((t) => t.lemma === 'have') || !hasPastTime(before)) return null;
  const past = added.find((t) => isPastForm(t) || PAST_FINITE.has(t.word));
  if (added.length > 0 && past === undefined) return null;
  return {
    family: 'perfect-past-time',
    key: 'perfect-past-time',
    pattern: 'have + past participle + finished time (last year, in 2019) → simple past',
    corrected: past?.word ?? removed.filter((t) => t.lemma !== 'have').map((t) => t.word).join(' '),
    params: {},
  };
}

type Kind = 'past' | 'present' | 'perfect';

/** The finite verbs of a sentence (after a subject) and their tense. */
function finiteVerbs(tokens: readonly Token[]): { token: Token; kind: Kind }[] {
  const verbs: { token: Token; kind: Kind }[] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (!isVerb(token) || previous?.word === 'to' || MODALS.has(previous?.word ?? '') || STATIVE.has(token.lemma)) return;
    if (subjectBefore(tokens, i) === 'unknown' && !hasTag(previous, 'Date')) return;
    if (token.lemma === 'have' && isParticipleForm(tokens[i + 1])) verbs.push({ token, kind: 'perfect' });
    else if (PAST_FINITE.has(token.word) || (isPastForm(token) && !isParticipleFormOnly(token))) verbs.push({ token, kind: 'past' });
    else if (!hasTag(token, 'Gerund') && !hasTag(token, 'Participle') && !hasTag(token, 'PastTense')) verbs.push({ token, kind: 'present' });
  });
  return verbs;
}

const isParticipleFormOnly = (token: Token) => isParticipleForm(token) && !isPastForm(token);

function usesOf(mistake: Kind) {
  return (tokens: readonly Token[]): Use[] => {
    if (!hasPastTime(tokens)) return [];
    return finiteVerbs(tokens).flatMap(({ token, kind }): Use[] => {
      if (kind === 'past') return [useOf('correct', token, token)];
      if (kind === mistake) return [useOf('mistake', token, token)];
      return [];
    });
  };
}

export const pastTimeFamily: PatternFamily = { id: 'past-time', recognise: pastTime, uses: usesOf('present') };
export const perfectPastTimeFamily: PatternFamily = { id: 'perfect-past-time', recognise: perfectPastTime, uses: usesOf('perfect') };
