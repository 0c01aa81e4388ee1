// Word order in a question inside a sentence: "I don't know what it is", not "what is it" —
// Korean learners keep the order of the direct question. Only after verbs that introduce one
// (know, tell me, wonder ...) and with a short subject, so "what is important" stays.
// "who" and "which" are left out: "who is the winner" is right when "who" is the subject.
import { findWithRegex, type LearnerRule } from './rule';

const INTRODUCERS = String.raw`(?:know|knows|knew|tell (?:me|us|him|her|them)|told (?:me|us|him|her|them)|wonder|wondering|wondered|remember|forgot|sure|idea|ask|asked|understand|explain|show me|guess)`;
const SUBJECT = String.raw`(?:it|this|that|he|she|they|you|we|(?:the|my|your|his|her|our|their)\s+[a-z]+)`;

export const embeddedQuestionRule: LearnerRule = {
  id: 'word-order.embedded-question',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(String.raw`\b${INTRODUCERS}\s+(?<fix>(?<wh>what|where|when|why|how)\s+(?<be>is|are|was|were)\s+(?<subject>${SUBJECT}))(?=\s*(?:[.?!,]|$))`, 'i'),
      (m) => `${m.groups?.wh ?? ''} ${m.groups?.subject ?? ''} ${m.groups?.be ?? ''}`,
    ),
};
