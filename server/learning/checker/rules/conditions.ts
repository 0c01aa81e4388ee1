// Tenses that Korean marks differently: "If it will rain" and "when she will arrive" (English
// uses the present for a future after if and time words; Korean -면 keeps 할 거면), and "I live
// here since 2015" (English measures a period up to now with the present perfect). Only with a
// pronoun subject, whose verb form is sure. "If you will excuse me" and "if it will help" are
// English (willingness, a result), so those verbs and "if you will" (a polite request: "if you
// will follow me") are left out; "when" only after a clause with
// "will" and no verb that asks ("I'll ask when she will come" is an embedded question).
import { isBaseVerb, matchCase, verbBase, verbForms } from '../morphology';
import { CLAUSE_START, findWithRegex, type LearnerRule } from './rule';
import { willInLeadingTimeClause } from './condition-clauses';

const THIRD = /^(?:he|she|it)$/i;
const WILLING_VERBS = /^(?:help|make|mean|excuse|allow|let|agree|listen|stop|accept|promise|wait|come\s+this\s+way)$/i;
// Verbs after which "when" opens a question ("I'll ask when ..."), and nouns it describes ("the day when ...").
const ASKING_BEFORE = /\b(?:know|ask|tell|wonder|sure|idea|decide|say|remember|forget|check|see|understand|explain|guess|doubt|find\s+out|day|time|moment|year|week|date|hour|point|question)\s+$/i;

function presentOf(subject: string, verb: string): string | null {
  const lower = verb.toLowerCase();
  if (lower === 'be') return /^i$/i.test(subject) ? 'am' : THIRD.test(subject) ? 'is' : 'are';
  if (!isBaseVerb(lower)) return null;
  return THIRD.test(subject) ? verbForms(lower).third : lower;
}

export const willInConditionRule: LearnerRule = {
  id: 'tense.will-in-condition',
  type: 'tense',
  severity: 'moderate',
  find: ({ text }) => [
    ...willInLeadingTimeClause(text),
    // "If it will rain tomorrow, the game will be cancelled": a main clause of its own with a future after the comma.
    ...findWithRegex(
      text,
      /\b[Ii]f\s+(?<fix>(?<subject>I|we|they|he|she|it)\s+will\s+(?<verb>[a-z]+))\b(?=[^.!?,;]*,\s*[^.!?]*\b(?:will|won['’]t|['’]ll|going\s+to)\b)/,
      (m) => {
        const subject = m.groups?.subject ?? '';
        const verb = m.groups?.verb ?? '';
        if (WILLING_VERBS.test(verb)) return null;
        const present = presentOf(subject, verb);
        return present === null ? null : `${subject} ${present}`;
      },
    ),
    // "She will call you when she will arrive": the future is already in the main clause.
    ...findWithRegex(
      text,
      /\b(?:will|['’]ll)\s+(?<between>[a-z]+(?:\s+[a-z]+){0,4}?)\s+(?<conj>when|as\s+soon\s+as|before|after|until|once)\s+(?<fix>(?<subject>I|you|we|they|he|she|it)\s+will\s+(?<verb>[a-z]+))\b/i,
      (m) => {
        const before = text.slice(m.index, m.indices.groups!.conj![0]);
        if (ASKING_BEFORE.test(before) || /\b(?:ask|asks|asked|know|tell|wonder)\b/i.test(before)) return null;
        const subject = m.groups?.subject ?? '';
        const verb = m.groups?.verb ?? '';
        if (WILLING_VERBS.test(verb)) return null;
        const present = presentOf(subject, verb);
        return present === null ? null : `${subject} ${present}`;
      },
    ),
  ],
};

// "I live in Seoul since 2015" -> "I have lived": only a starting point after "since" (a year,
// "last spring", "high school"; a reason clause "since my wife died" is English with any tense),
// and only a present verb right after a pronoun; "I am working ... since" -> "have been working".
const STARTING_POINT = String.raw`(?:(?:19|20)\d\d\b(?![\d'’-])|last\s+(?:week|weekend|month|year|spring|summer|fall|autumn|winter|semester|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:high|middle|elementary|primary)\s+school|college|university|childhood|kindergarten|(?:january|february|march|april|june|july|august|september|october|november|december)\b(?:\s+\d+)?)`;
const CLAUSE_WORDS_BETWEEN = /\b(?:that|which|who|when|where|because|and|but|so|if|will|would|can|could|was|were|did)\b/i;

export const sincePresentRule: LearnerRule = {
  id: 'tense.since-present',
  type: 'tense',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(String.raw`${CLAUSE_START}\b(?<subject>I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he)\s+(?<fix>(?<verb>[a-z]+))(?<between>(?:\s+[\w'’]+){0,4}?)\s+since\s+${STARTING_POINT}(?=\s*[.!?,;]|\s*$)`, 'i'),
      (m) => {
        if (CLAUSE_WORDS_BETWEEN.test(m.groups?.between ?? '')) return null;
        const subject = m.groups?.subject ?? '';
        const verb = (m.groups?.verb ?? '').toLowerCase();
        const third = THIRD.test(subject);
        const have = third ? 'has' : 'have';
        if (verb === (/^i$/i.test(subject) ? 'am' : third ? 'is' : 'are')) return `${have} been`;
        if (verb.endsWith('ing') || !/^[a-z]+$/.test(verb)) return null;
        const stem = verbBase(verb);
        const base = stem === undefined ? undefined : third ? (verbForms(stem).third === verb && stem !== verb ? stem : undefined) : isBaseVerb(verb) ? verb : undefined;
        if (base === undefined || /^(?:have|do|be)$/.test(base)) return null;
        return matchCase(m.groups?.verb ?? '', `${have} ${verbForms(base).participle}`);
      },
    ),
};
