import type { WordScore } from '../lib/phrase-schemas';

function colour(score: number): string {
  if (score >= 80) return 'text-emerald-700 bg-emerald-50';
  if (score >= 50) return 'text-amber-700 bg-amber-50';
  return 'text-red-700 bg-red-50';
}

export function WordScores({ words }: { words: readonly WordScore[] }) {
  return (
    <p className="flex flex-wrap gap-1">
      {words.map((w, i) => (
        <span key={i} data-testid="practice-word" data-score={w.score} className={`rounded px-1 text-sm ${colour(w.score)}`}>
          {w.word} <span className="sr-only">{w.score}</span>
        </span>
      ))}
    </p>
  );
}
