// Verb + "to" patterns Korean -라고/-기를/-려고 leads to: "told us don't use" (a reported order
// is "not to"), "I hope you to enjoy" ("hope" takes a clause, not an object + "to"), "I'm
// thinking to buy" ("thinking of buying"), "How about to eat" ("How about eating"), "spent two
// hours to clean" ("spent two hours cleaning"), "gave up to drink" and "practice to write"
// (-ing, with gerund-after-verb).
import { gerund, isLowerBaseVerb, thirdPersonSingular } from '../morphology';
import { findWithRegex, type LearnerRule, type RuleMatch } from './rule';

export const toldDontRule: LearnerRule = {
  id: 'verb-pattern.told-dont',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(
      text,
      /\b(?:told|tell|tells|telling|asked|ask|asks)\s+(?:me|you|him|her|us|them|(?:my|your|his|her|our|their|the)\s+[a-z]+)\s+(?<fix>(?:don['’]t|do\s+not)\s+(?<verb>[a-z]+))\b/i,
      (m) => (isLowerBaseVerb(m.groups?.verb ?? '') ? `not to ${m.groups?.verb ?? ''}` : null),
    ),
};

const SUBJECT_OF: Record<string, string> = { me: 'I', him: 'he', her: 'she', us: 'we', them: 'they', you: 'you' };

export const hopeObjectToRule: LearnerRule = {
  id: 'verb-pattern.hope-object-to',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?:hope|hopes|hoped|hoping)\s+(?<fix>(?<object>me|you|him|her|us|them)\s+to\s+(?<verb>[a-z]+))\b/i, (m) => {
      const verb = m.groups?.verb ?? '';
      if (!isLowerBaseVerb(verb)) return null;
      const subject = SUBJECT_OF[(m.groups?.object ?? '').toLowerCase()] ?? '';
      const third = /^(?:he|she)$/.test(subject);
      return `${subject} ${verb === 'be' ? (third ? 'is' : subject === 'I' ? 'am' : 'are') : third ? thirdPersonSingular(verb) : verb}`;
    }),
};

export const thinkingOfRule: LearnerRule = {
  id: 'verb-pattern.think-of',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    // Only the progressive: "I think to myself", "I didn't think to ask" are English.
    findWithRegex(text, /\b(?:am|is|are|was|were|be|been|['’]m|['’]re|['’]s)\s+(?:(?:really|seriously|also|still|just)\s+)?thinking\s+(?<fix>to\s+(?<verb>[a-z]+))\b/i, (m) => {
      const verb = m.groups?.verb ?? '';
      return isLowerBaseVerb(verb) ? `of ${gerund(verb)}` : null;
    }),
};

export const howAboutRule: LearnerRule = {
  id: 'verb-pattern.how-about-to',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, /\b(?:how|what)\s+about\s+(?<fix>to\s+(?<verb>[a-z]+))\b/i, (m) => {
      const verb = m.groups?.verb ?? '';
      return isLowerBaseVerb(verb) ? gerund(verb) : null;
    }),
};

// A time or an amount of money after "spend": "two hours", "the whole afternoon", "a lot of money".
const SPENT = String.raw`(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+few|several|many)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|nights?)|(?:the|my|our|his|her|their)\s+(?:whole|entire)\s+(?:morning|afternoon|evening|day|night|weekend|week|summer|vacation)|all\s+(?:day|night|morning|afternoon|weekend)|(?:a\s+lot\s+of|lots\s+of|so\s+much|too\s+much|much|more)\s+(?:time|money)|(?:\d+|a\s+lot\s+of)\s+(?:dollars|won|euros))`;

export const spendTimeToRule: LearnerRule = {
  id: 'verb-pattern.spend-time-to',
  type: 'verb_pattern',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`\b(?:spend|spends|spent|spending)\s+${SPENT}\s+(?<fix>to\s+(?<verb>[a-z]+))\b`, 'i'), (m) => {
      const verb = m.groups?.verb ?? '';
      return isLowerBaseVerb(verb) ? gerund(verb) : null;
    }),
};

// "practice to improve" says what for (a purpose), which keeps its "to".
const PURPOSE_VERBS = /^(?:improve|get|become|prepare|win|pass|stay|keep|be|make|build|develop|reach|master|learn|help|avoid)$/;

/** "gave up to drink", "put off to call", "practice to write": -ing after these (run by gerund-after-verb). */
export function moreGerundsAfterVerbs(text: string): RuleMatch[] {
  return [
    // "gave up to the police" surrenders; only a verb after "to".
    ...findWithRegex(text, /\b(?<fix>(?<verb>(?:give|gives|gave|given|giving|put|puts|putting)\s+(?:up|off))\s+to\s+(?<next>[a-z]+))\b/i, (m) => {
      const next = m.groups?.next ?? '';
      return isLowerBaseVerb(next) && next !== 'be' ? `${m.groups?.verb ?? ''} ${gerund(next)}` : null;
    }),
    ...findWithRegex(text, /(?<!\b(?:a|the|of|more|some|good|hard)\s+)\b(?<fix>(?<verb>practi[cs]e|practi[cs]es|practi[cs]ed|practi[cs]ing)\s+to\s+(?<next>[a-z]+))\b/i, (m) => {
      const next = m.groups?.next ?? '';
      return isLowerBaseVerb(next) && !PURPOSE_VERBS.test(next) ? `${m.groups?.verb ?? ''} ${gerund(next)}` : null;
    }),
  ];
}
