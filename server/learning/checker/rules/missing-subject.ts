// A statement that starts with "Is" or "Was": "Is very cold today." -> "It is very cold today."
// (Korean drops a subject the listener can guess). The missing subject could also be "he" or
// "she", so only before words that describe weather, time, prices or things ("cold", "expensive",
// "delicious", "about a farmer"), and never in a sentence that ends with "?" ("Is cold OK?" asks).
// After "because" as well: "because is very catchy".
import { matchCase } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';

const THING_WORDS = [
  'cold', 'hot', 'warm', 'cool', 'sunny', 'rainy', 'cloudy', 'windy', 'snowy', 'humid', 'freezing', 'foggy', 'dark', 'late',
  'early', 'far', 'expensive', 'cheap', 'difficult', 'hard', 'easy', 'possible', 'impossible', 'important', 'necessary',
  'interesting', 'fun', 'delicious', 'true', 'crowded', 'noisy', 'spicy', 'salty', 'useful', 'dangerous', 'convenient', 'catchy',
  'raining', 'snowing', 'about',
  // Feelings a thing causes ("Was really scary", "Is so boring"): the -ing adjectives describe the film, the class, the trip.
  'scary', 'boring', 'exciting', 'confusing', 'amazing', 'moving', 'touching', 'tiring', 'relaxing', 'disappointing', 'shocking', 'surprising', 'annoying', 'frightening',
];
const DEGREE = String.raw`(?:(?:not|very|so|really|too|quite|pretty|extremely|super|a\s+bit|a\s+little|kind\s+of)\s+)*`;
const PATTERN = new RegExp(
  String.raw`(?<=(?<start>^|[.!?]["'”’]?\s+)|\bbecause\s+)(?<fix>Is|Was|is|was)\s+${DEGREE}(?:${THING_WORDS.join('|')})\b`,
  'd',
);

export const missingItRule: LearnerRule = {
  id: 'grammar.missing-subject-it',
  type: 'grammar',
  severity: 'moderate',
  find: ({ text }) =>
    findWithRegex(text, PATTERN, (m) => {
      const end = /[.!?]+(?=\s|$)/.exec(text.slice(m.index));
      if (end?.[0].startsWith('?') === true) return null;
      const be = m.groups?.fix ?? '';
      // A capital at the start of a sentence, lower case after "because".
      if ((m.groups?.start !== undefined) !== /^[IW]/.test(be)) return null;
      return matchCase(be, `it ${be.toLowerCase()}`);
    }),
};
