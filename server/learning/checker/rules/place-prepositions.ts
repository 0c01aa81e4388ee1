// Prepositions of place Korean marks with one particle (에): "a poster in the wall" -> "on the
// wall" (a surface), "I'll wait for you in the entrance" -> "at the entrance" (a meeting point).
// Only things that hang on a wall ("a hole in the wall", "a safe in the wall" are inside it), and
// only a meeting point after meeting or waiting, ending its phrase ("in the entrance hall").
import { matchCase } from '../morphology';
import { findWithRegex, type LearnerRule } from './rule';

const HUNG = String.raw`(?:posters?|pictures?|paintings?|photos?|clocks?|calendars?|maps?|mirrors?|signs?|TVs?|frames?|stickers?|flags?|drawings?)`;
const MEETING_POINTS = String.raw`(?:(?:front|main|back|north|south|east|west|school|station)\s+)?(?:entrance|gate|exit|bus\s+stop|ticket\s+gate|front\s+desk|reception)`;

export const onSurfaceRule: LearnerRule = {
  id: 'preposition.on-surface',
  type: 'preposition',
  severity: 'minor',
  find: ({ text }) =>
    findWithRegex(text, new RegExp(String.raw`\b${HUNG}\b(?:\s+[\w'’-]+){0,6}?\s+(?<fix>in)\s+the\s+wall\b(?![-'’]|\s+(?:safe|socket|outlet|cabinet|unit)\b)`, 'i'), (m) =>
      matchCase(m.groups?.fix ?? '', 'on'),
    ),
};

export const atPointRule: LearnerRule = {
  id: 'preposition.at-point',
  type: 'preposition',
  severity: 'minor',
  find: ({ text }) =>
    findWithRegex(
      text,
      new RegExp(String.raw`\b(?:meet|meets|met|meeting|wait|waits|waited|waiting|see)\b(?:\s+(?:for\s+)?(?:you|me|us|him|her|them))?\s+(?<fix>in|on)\s+the\s+${MEETING_POINTS}\b(?=\s*[.!?,;]|\s*$|\s+(?:at|of|and|but|when|after|before|tomorrow|tonight|today|\d))`, 'i'),
      (m) => matchCase(m.groups?.fix ?? '', 'at'),
    ),
};
