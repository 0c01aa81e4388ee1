// A question inside a sentence keeps statement order: "I don't know what it is", "tell me where
// the bank is" (not "what is it", "where is the bank"). One item, whoever found it: the checker's
// rule or the LLM's rewrite, which moves be behind the subject.
// Correct use: a question word after know/tell me/wonder ..., then the subject, then be at the
// end; a mistake: be straight after the question word there, with the subject ending the sentence.
import type { Edit } from '../keying/edit';
import { BE_FORMS } from '../language/forms';
import type { Token } from '../language/sentence';
import { useOf, type PatternFamily, type PatternSpec, type Use } from './family';
import { surface } from './scan';

const QUESTION_WORDS = new Set(['what', 'where', 'when', 'why', 'how']);
const INTRODUCERS = new Set(['know', 'knew', 'wonder', 'remember', 'forget', 'sure', 'idea', 'me', 'us', 'ask', 'understand', 'explain', 'guess']);

const wordsOf = (tokens: readonly Token[]) => tokens.map((t) => t.word).join(' ');

function recognise({ removed, added, left }: Edit): PatternSpec | null {
  // "is it" -> "it is", "is the bank" -> "the bank is": be moved from first to last.
  const [be] = removed;
  if (be === undefined || !BE_FORMS.has(be.word) || removed.length < 2 || added.length !== removed.length) return null;
  if (added.at(-1)?.word !== be.word || wordsOf(removed.slice(1)) !== wordsOf(added.slice(0, -1))) return null;
  const question = left.at(-1);
  if (question === undefined || !QUESTION_WORDS.has(question.word)) return null;
  return {
    family: 'word-order',
    key: 'word-order:embedded-question',
    pattern: 'know / tell me + what is it → what it is (statement order inside a sentence)',
    corrected: `${question.word} ${surface(added)}`,
    params: {},
  };
}

function uses(tokens: readonly Token[]): Use[] {
  return tokens.flatMap((token, i): Use[] => {
    if (!QUESTION_WORDS.has(token.word) || !INTRODUCERS.has(tokens[i - 1]?.lemma ?? '') && !INTRODUCERS.has(tokens[i - 1]?.word ?? '')) return [];
    const rest = tokens.slice(i + 1);
    if (rest.length < 2 || rest.length > 4) return [];
    if (BE_FORMS.has(rest[0]!.word)) return [useOf('mistake', token, rest.at(-1)!)];
    if (BE_FORMS.has(rest.at(-1)!.word)) return [useOf('correct', token, rest.at(-1)!)];
    return [];
  });
}

export const wordOrderFamily: PatternFamily = { id: 'word-order', recognise, uses };
