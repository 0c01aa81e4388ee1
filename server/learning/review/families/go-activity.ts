// go + -ing for a pastime, with no "to": "go shopping", "went swimming", not "go to shopping".
// One item for every activity (the mistake is the "to", whichever pastime follows), apart from
// "go to home" (preposition:go, where "home" is an adverb).
// Correct use: a form of "go" followed directly by one of the activities ("we went hiking"); a
// mistake: a form of "go" + "to" + the activity ("I go to swimming").
import { GO_ACTIVITIES } from '../../checker/rules/prepositions';
import type { Edit } from '../keying/edit';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';

const ACTIVITIES: ReadonlySet<string> = new Set(GO_ACTIVITIES);

const isGo = (token: Token | undefined) => token !== undefined && (token.lemma === 'go' || ['go', 'goes', 'went', 'going', 'gone'].includes(token.word));
const isActivity = (token: Token | undefined) => token !== undefined && ACTIVITIES.has(token.word);

function recognise({ removed, added, left, right }: Edit): PatternSpec | null {
  if (removed.length !== 1 || removed[0]?.word !== 'to' || added.length !== 0) return null;
  if (!isGo(left.at(-1)) || !isActivity(right[0])) return null;
  return {
    family: 'go-activity',
    key: 'go-activity',
    pattern: 'go to + -ing → go + -ing ("go shopping")',
    corrected: `${left.at(-1)!.word} ${right[0]!.word}`,
    params: {},
  };
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!isGo(token)) return [];
    const next = tokens[i + 1];
    // "went to swimming class": the activity names the class, and "to" belongs there.
    const nounAfter = (at: number) => tokens[at] !== undefined && tokens[at]!.tags.has('Noun') && !tokens[at]!.tags.has('Pronoun') && !tokens[at]!.tags.has('Date');
    if (next?.word === 'to' && isActivity(tokens[i + 2]) && !nounAfter(i + 3)) return [useOf('mistake', token, tokens[i + 2]!)];
    if (isActivity(next) && !nounAfter(i + 2)) return [useOf('correct', token, next!)];
    return [];
  });
}

export const goActivityFamily: PatternFamily = { id: 'go-activity', recognise, uses };
