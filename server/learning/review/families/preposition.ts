// The preposition after a governing word: "interested in", "depend on", "listen to music",
// "discuss the plan" (no "about"), "go home" (no "to"). Keyed by the governing word, so
// "interested about" and "interested on" are one item and "depend of" another.
// Correct use: the governing word followed by the right preposition (for "discuss", by its
// object directly; for "go home", by "home"); a mistake: followed by a preposition the learner
// used wrongly before (or, for "listen", by the object without "to").
// Prepositions of time are governed by the time word after them, so they are keyed by the right
// preposition: "in Monday" and "in Friday" are one item (on + day), "at the morning" another.
// Correct use there: the right preposition before a time word of the item's kind (a day takes
// "on", a month "in", a clock time "at"); a mistake: a wrong one before a time word of that kind.
// "in the morning" says nothing about an "on Monday" item. A person after "explain" ("explain
// me") is an item where "to" goes before the person: "explain the rules" is no mistake there.
import type { Edit } from '../keying/edit';
import { BE_FORMS, PREPOSITIONS, isBaseVerb, isGerund, verbOfParticiple } from '../language/forms';
import { hasTag, type Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternParams, type PatternSpec, type Use } from './family';
import { startsObject, surface } from './scan';

const PLACE_ADVERBS = new Set(['home', 'there', 'here', 'abroad', 'overseas', 'downtown', 'upstairs', 'downstairs']);
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekends|morning|afternoon|evening|night|noon|midnight|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|birthday|\d{4}|\d{1,2}(:\d\d)?|\d{1,2}(st|nd|rd|th)|(o'clock))$/;
/** The time word a preposition governs: "Monday", "the morning", "2019". */
const timeWordAfter = (tokens: readonly Token[], i: number) => {
  const next = tokens[i]?.word === 'the' ? tokens[i + 1] : tokens[i];
  return next !== undefined && (TIME_WORDS.test(next.word) || hasTag(next, 'Date')) && !['yesterday', 'today', 'tomorrow', 'ago'].includes(next.word) ? next : undefined;
};

const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
const SEASONS = /^(spring|summer|autumn|fall|winter)$/;
const PARTS_OF_DAY = /^(morning|afternoon|evening)$/;

/**
 * The prepositions a time word takes, from its kind: days and dates "on", months, years, seasons
 * and parts of the day "in", clock times "at". Undefined when the word is no time word of a kind
 * ("in 5 minutes" counts a span, not a clock time).
 */
function prepositionsOfTime(tokens: readonly Token[], at: number): ReadonlySet<string> | undefined {
  const the = tokens[at]?.word === 'the';
  const word = tokens[the ? at + 1 : at];
  if (word === undefined) return undefined;
  const following = tokens[(the ? at + 1 : at) + 1]?.word ?? '';
  const w = word.word;
  if (DAYS.test(w) || /^\d{1,2}(st|nd|rd|th)$/.test(w) || w === 'birthday') return new Set(['on']);
  if (w === 'weekend' || w === 'weekends') return new Set(['on', 'at', 'over', 'during']);
  if (w === 'christmas') return new Set(['at', 'on']);
  if (MONTHS.test(w)) return /^\d/.test(following) ? new Set(['on']) : new Set(['in']);
  if (/^\d{4}$/.test(w) || SEASONS.test(w)) return new Set(['in', 'during']);
  // "in the morning", but "on the morning of the exam" names one morning.
  if (PARTS_OF_DAY.test(w)) return the ? new Set(following === 'of' ? ['on'] : ['in', 'during']) : undefined;
  if (w === 'night') return the ? new Set(['in', 'during']) : new Set(['at']);
  if (w === 'noon' || w === 'midnight' || w === "o'clock" || /^\d{1,2}:\d\d$/.test(w) || (/^\d{1,2}$/.test(w) && /^(am|pm|a\.m\.|p\.m\.|o'clock)$/.test(following))) return new Set(['at']);
  return undefined;
}

const isPreposition = (token: Token | undefined) => token !== undefined && (PREPOSITIONS.has(token.word) || (hasTag(token, 'Preposition') && token.word !== 'like'));

/** The governing word as one key: "interested" after be stays a word; verbs go by their lemma. */
function governorOf(left: readonly Token[]): string | null {
  const word = left.at(-1);
  if (word === undefined || hasTag(word, 'Determiner') || hasTag(word, 'Pronoun') || isPreposition(word) || hasTag(word, 'Conjunction')) return null;
  if (!hasTag(word, 'Verb') && !hasTag(word, 'Adjective') && !hasTag(word, 'Noun')) return null;
  const previous = left.at(-2)?.word === 'so' || left.at(-2)?.word === 'very' ? left.at(-3) : left.at(-2);
  // "were discussing about" is the verb "discuss" in the progressive; "am interested in" keeps its word.
  if (isGerund(word)) return word.lemma;
  return BE_FORMS.has(previous?.word ?? '') || hasTag(word, 'Adjective') ? word.word : word.lemma;
}

/** The object's first words, for showing the form: "discuss the plan". */
const objectWords = (right: readonly Token[]) => {
  const end = right.findIndex((t) => hasTag(t, 'Noun') || hasTag(t, 'Pronoun'));
  return surface(right.slice(0, end < 0 ? 1 : Math.min(end + 1, 3)));
};

const OBJECT_PRONOUNS = new Set(['me', 'you', 'him', 'her', 'us', 'them']);
// Verbs whose direct object is the thing and whose person comes after "to": "explain the rules
// to me", "describe it to us". ("her" is also a possessive: "explain her idea".)
const TO_PERSON_VERBS = new Set(['explain', 'describe', 'introduce', 'suggest', 'mention', 'announce', 'propose', 'repeat', 'admit', 'confess']);
const PERSONS_AFTER_VERB = new Set(['me', 'you', 'him', 'us', 'them']);

/**
 * "explain me the rules" -> "explain the rules to me": the person moved behind "to", as the LLM
 * rewrites it. The same item as "explain me" -> "explain to me": the governing verb needs "to"
 * before the person.
 */
function movedBehindTo({ removed, added, left }: Edit): PatternSpec | null {
  const [person] = removed;
  if (person === undefined || !OBJECT_PRONOUNS.has(person.word) || added.length < 3) return null;
  if (added.at(-2)?.word !== 'to' || added.at(-1)?.word !== person.word) return null;
  // The rest of the removed words come back in front of "to": only the person moved.
  const moved = removed.slice(1).map((t) => t.word).join(' ');
  if (added.slice(0, -2).map((t) => t.word).join(' ') !== moved) return null;
  const governor = left.at(-1);
  if (governor === undefined || !hasTag(governor, 'Verb')) return null;
  return {
    family: 'preposition',
    key: `preposition:${governor.lemma}`,
    pattern: `${governor.word} + person → ${governor.word} + thing + to + person`,
    corrected: `${governor.word} ${surface(added)}`,
    params: { governor: governor.lemma, form: 'missing', wrong: [], right: ['to'] },
  };
}

function recognise(edit: Edit): PatternSpec | null {
  const { removed, added, left, right } = edit;
  const moved = movedBehindTo(edit);
  if (moved) return moved;
  const [r0] = removed;
  const [a0] = added;
  if (removed.length > 1 || added.length > 1 || removed.length + added.length === 0) return null;
  if ((r0 && !isPreposition(r0)) || (a0 && !isPreposition(a0))) return null;
  // "can to come", "decided to go": a verb form, not a preposition.
  if (r0?.word === 'to' && !a0 && isBaseVerb(right[0])) return null;
  // "since five years" -> "for five years" (and the reverse): a choice made by what follows, not by the word before.
  if (r0 && a0 && SINCE_FOR.has(r0.word) && SINCE_FOR.has(a0.word)) {
    return {
      family: 'preposition',
      key: `preposition:since-for:${a0.word}`,
      pattern: a0.word === 'for' ? 'since + length of time → for + length of time' : 'for + starting point → since + starting point',
      corrected: `${a0.word} ${surface(right.slice(0, 2))}`,
      params: { form: 'since-for', wrong: [r0.word], right: [a0.word] },
    };
  }
  if (r0 && a0 && timeWordAfter(right, 0)) {
    return {
      family: 'preposition',
      key: `preposition:time:${a0.word}`,
      pattern: `${r0.word} + ${timeWordAfter(right, 0)!.word} → ${a0.word} + ${timeWordAfter(right, 0)!.word} (time)`,
      corrected: `${a0.word} ${surface(right.slice(0, right[0]?.word === 'the' ? 2 : 1))}`,
      params: { form: 'time', wrong: [r0.word], right: [a0.word] },
    };
  }
  const governor = governorOf(left);
  if (governor === null) return null;
  const shown = left.at(-1)!.word;
  // "is married with" and "married with" are one item: a participle keys by its verb.
  const verb = verbOfParticiple(governor);
  const key = `preposition:${verb ?? governor}`;
  const legacy = verb ? { legacyKeys: [`preposition:${governor}`] } : {};
  const spec = recogniseGoverned(r0, a0, right, governor, shown, key);
  return spec && { ...spec, ...legacy };
}

function recogniseGoverned(r0: Token | undefined, a0: Token | undefined, right: readonly Token[], governor: string, shown: string, key: string): PatternSpec {
  if (r0 && a0) {
    return { family: 'preposition', key, pattern: `${shown} ${r0.word} → ${shown} ${a0.word}`, corrected: `${shown} ${a0.word}`, params: { governor, form: 'wrong', wrong: [r0.word], right: [a0.word] } };
  }
  if (r0) {
    const next = PLACE_ADVERBS.has(right[0]?.word ?? '') ? right[0]!.word : undefined;
    const object = objectWords(right);
    return {
      family: 'preposition',
      key,
      pattern: next ? `${shown} ${r0.word} ${next} → ${shown} ${next}` : `${shown} ${r0.word} + object → ${shown} + object`,
      corrected: `${shown} ${object}`.trim(),
      params: { governor, form: 'none', wrong: [r0.word], right: [], ...(next ? { next } : {}) },
    };
  }
  return {
    family: 'preposition',
    key,
    pattern: `${shown} + object → ${shown} ${a0!.word} + object`,
    corrected: `${shown} ${a0!.word} ${objectWords(right)}`.trim(),
    params: { governor, form: 'missing', wrong: [], right: [a0!.word] },
  };
}

function uses(tokens: readonly Token[], params: PatternParams): Use[] {
  const { governor, form } = params;
  const wrong = new Set(params.wrong ?? []);
  const right = new Set(params.right ?? []);
  if (form === 'time') return timeUses(tokens, wrong, right);
  if (form === 'since-for') return sinceForUses(tokens, right.has('for'));
  if (!governor) return [];
  // "married" and "marry" govern alike, as in the key.
  const governorVerb = verbOfParticiple(governor) ?? governor;
  const governs = (token: Token) =>
    token.word === governor || token.lemma === governor || token.lemma === governorVerb || (token.word.endsWith('ed') && verbOfParticiple(token.word) === governorVerb);
  const toPerson = form === 'missing' && right.has('to') && TO_PERSON_VERBS.has(governorVerb);
  return tokens.flatMap((token, i): Use[] => {
    if (!governs(token)) return [];
    const next = tokens[i + 1];
    if (next === undefined) return [];
    if (toPerson) return toPersonUse(tokens, i);
    // "go to home" -> "go home": "go to school" keeps its "to"; only "to home" is the mistake again.
    if (form === 'none' && params.next && wrong.has(next.word)) return tokens[i + 2]?.word === params.next ? [useOf('mistake', token, tokens[i + 2]!)] : [];
    if (wrong.has(next.word)) return [useOf('mistake', token, next)];
    if (right.has(next.word)) return [useOf('correct', token, next)];
    if (form === 'none') {
      if (params.next ? next.word === params.next : startsObject(next) && !isPreposition(next)) return [useOf('correct', token, next)];
      return [];
    }
    if (form === 'missing' && startsObject(next) && !isPreposition(next)) return [useOf('mistake', token, next)];
    return [];
  });
}

const SINCE_FOR = new Set(['since', 'for']);
const DURATION_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;

/** "since/for" + a length of time ("five years", "a long time"): the length, or undefined. */
function lengthOfTime(tokens: readonly Token[], i: number): Token | undefined {
  const [amount, unit] = [tokens[i], tokens[i + 1]];
  const counted = amount !== undefined && (hasTag(amount, 'Value') || amount.word === 'a' || amount.word === 'many' || amount.word === 'several');
  return counted && unit !== undefined && DURATION_UNITS.test(unit.word) ? unit : undefined;
}

/**
 * Item "since -> for" (`forLengths`): "for" + a length of time is a correct use, "since" + a
 * length the mistake again. Item "for -> since": "since" + a year or a starting point (not a
 * length) is a correct use, "for" + a year the mistake again.
 */
function sinceForUses(tokens: readonly Token[], forLengths: boolean): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!SINCE_FOR.has(token.word)) return [];
    const length = lengthOfTime(tokens, i + 1);
    const next = tokens[i + 1];
    if (forLengths) return length ? [useOf(token.word === 'for' ? 'correct' : 'mistake', token, length)] : [];
    const year = next !== undefined && hasTag(next, 'Year') ? next : undefined;
    return year ? [useOf(token.word === 'since' ? 'correct' : 'mistake', token, year)] : [];
  });
}

// Any of these before a time word of the item's kind that does not take it is the mistake again
// ("at Monday" for an "in Monday" -> "on Monday" item).
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at']);

/** "explain me" (a mistake), "explain to me" or "explain the rules to me" (correct uses). */
function toPersonUse(tokens: readonly Token[], i: number): Use[] {
  const next = tokens[i + 1]!;
  if (PERSONS_AFTER_VERB.has(next.word)) return [useOf('mistake', tokens[i]!, next)];
  const to = tokens.slice(i + 1, i + 7).findIndex((t, k, all) => t.word === 'to' && OBJECT_PRONOUNS.has(all[k + 1]?.word ?? ''));
  return to < 0 ? [] : [useOf('correct', tokens[i]!, tokens[i + 2 + to]!)];
}

function timeUses(tokens: readonly Token[], wrong: ReadonlySet<string>, right: ReadonlySet<string>): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!wrong.has(token.word) && !right.has(token.word) && !TIME_PREPOSITIONS.has(token.word)) return [];
    const time = timeWordAfter(tokens, i + 1);
    const takes = prepositionsOfTime(tokens, i + 1);
    if (time === undefined || takes === undefined) return [];
    // A time word of another kind ("in the morning" for an "on Monday" item) is not this item.
    if (![...right].some((p) => takes.has(p))) return [];
    if (takes.has(token.word)) return right.has(token.word) ? [useOf('correct', token, time)] : [];
    return [useOf('mistake', token, time)];
  });
}

export const prepositionFamily: PatternFamily = { id: 'preposition', recognise, uses };
