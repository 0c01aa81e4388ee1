// Konglish: English-looking words Korean uses in a sense English lacks ("eye shopping", "hand
// phone", "SNS", "One shot!", "Fighting!", "service" for something free). Only where the phrase
// cannot mean anything else: "notebook" is a laptop only with words no paper notebook goes with
// ("fast", "battery", "charger"), a shouted "Fighting!" or "One shot!" only as the whole
// quotation, and "as service" only after a verb of giving, without the "a" of "software as a
// service". "meeting" for a blind date (미팅) is left out: a meeting is also English. The
// compounds that are never English (word-lists/konglish-words.ts) are corrected anywhere.
import { matchCase } from '../morphology';
import { KONGLISH_COMPOUNDS } from '../word-lists/konglish-words';
import { findWithRegex, type LearnerRule } from './rule';

// Words only a computer goes with, in the same sentence as "notebook".
// "a white one-piece" is a dress (원피스); "a one-piece swimsuit", "a one-piece at the beach" is English.
const SWIMMING = /\b(?:swim\w*|beach|pool|bathing|surf\w*)\b/i;
// 커닝 is cheating in a test; "a cunning plan", "he was cunning" are the English adjective.
const TESTS = /\b(?:exams?|tests?|quiz(?:zes)?|midterms?|finals?|CSAT|suneung)\b/i;

/** The sentence of the text around an offset. */
function sentenceAround(text: string, index: number): string {
  return `${text.slice(0, index).split(/[.!?]/).at(-1) ?? ''}${text.slice(index).split(/[.!?]/)[0] ?? ''}`;
}

const COMPUTER_WORDS = String.raw`(?:fast|slow|battery|charger|charging|screen|keyboard|RAM|CPU|SSD|boots?|crash(?:es|ed)?|froze|freezes|wi-?fi|software|install(?:ed)?|laptop|computer|gaming|windows|mac|processor|touchpad|zoom|online\s+class(?:es)?|programs?|apps?)`;

export const konglishRule: LearnerRule = {
  id: 'word-choice.konglish',
  type: 'word_choice',
  severity: 'moderate',
  find: ({ text }) => [
    ...KONGLISH_COMPOUNDS.flatMap(([pattern, singular, plural]) =>
      findWithRegex(text, new RegExp(String.raw`\b(?<fix>${pattern})\b(?![-'’])`, 'i'), (m) => {
        const english = m.groups?.plural === undefined ? singular : plural;
        // A capital only at the start of a sentence ("Y-shirt" has its own).
        return /(?:^|[.!?]\s+)$/.test(text.slice(0, m.index)) ? matchCase(m.groups?.fix ?? '', english) : english;
      }),
    ),
    ...findWithRegex(
      text,
      /\b(?:a|an|the|my|her|his|your|their|our|this|that)\s+(?:[a-z]+\s+){0,2}?(?<fix>one-?piece(?<plural>s)?)\b(?![-'’])(?=\s*[.!?,;]|\s*$|\s+(?:to|for|at|in|on|with|and|but|was|is|looks?|looked|from|that|today|yesterday)\b)/i,
      (m) => (SWIMMING.test(sentenceAround(text, m.index)) ? null : m.groups?.plural === undefined ? 'dress' : 'dresses'),
    ),
    ...findWithRegex(
      text,
      /(?<!\b(?:a|an|the|so|very|too|is|was|are|were|be|been|how|more|most|and|quite|really)\s+)\b(?<fix>cunning)\b(?=\s*[.!?,;]|\s*$|\s+(?:on|in|during|at|is|was|are|were|and|because|when|while|again)\b)/i,
      (m) => (TESTS.test(sentenceAround(text, m.index)) ? matchCase(m.groups?.fix ?? '', 'cheating') : null),
    ),
    ...findWithRegex(text, /\b(?<fix>eye)[\s-]+shopping\b/i, (m) => matchCase(m.groups?.fix ?? '', 'window')),
    // "My hand phone battery": "hand" goes ("a phone in one hand" has no "hand phone").
    ...findWithRegex(text, /\b(?<fix>hand[\s-]?phone(?<plural>s)?)\b/i, (m) => matchCase(m.groups?.fix ?? '', `phone${m.groups?.plural ?? ''}`)),
    // Upper case only: "sns" is no word a learner writes for anything else.
    ...findWithRegex(text, /\b(?<fix>SNS)\b(?!-)/, () => 'social media'),
    ...findWithRegex(text, /["“](?<fix>[Oo]ne[\s-]shot)!*["”]/, () => 'Bottoms up'),
    ...findWithRegex(text, /["“](?<fix>[Ff]ighting)!+["”]/, () => "Let's go"),
    ...findWithRegex(text, /\b(?:give|gives|gave|given|giving|get|gets|got|getting)\s+(?:[\w'’]+\s+){1,4}?(?<fix>as\s+(?:a\s+)?service)(?=\s*[.!?,]|\s*$)/i, (m) =>
      /\sa\s/i.test(m.groups?.fix ?? '') ? null : 'for free',
    ),
    ...findWithRegex(text, new RegExp(String.raw`\b(?:my|a|new|the|your|his|her|our|their)\s+(?:new\s+)?(?<fix>notebook)\b(?![-'’])(?=[^.!?]*\b${COMPUTER_WORDS}\b)`, 'i'), (m) => {
      // "I wrote it in my notebook and on my laptop": both named, so the notebook is paper.
      const sentence = sentenceAround(text, m.index);
      return /\b(?:laptop|computer|wrote|write|writing|fill(?:ed)?|dr[ae]w|sketch(?:ed)?|pen|pencil|pages?|paper|notes?|diary)\b/i.test(sentence) ? null : matchCase(m.groups?.fix ?? '', 'laptop');
    }),
  ],
};
