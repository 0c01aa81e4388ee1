import type { WordResult } from '../../shared/phrases';

function colour(accuracy: number): string {
  if (accuracy >= 80) return 'text-emerald-700 bg-emerald-50';
  if (accuracy >= 50) return 'text-amber-700 bg-amber-50';
  return 'text-red-700 bg-red-50';
}

export function WordScores({ words }: { words: readonly WordResult[] }) {
  return (
    <p className="flex flex-wrap gap-1">
      {words.map((w, i) => (
        <span
          key={i}
          data-testid="practice-word"
          data-accuracy={w.accuracy}
          data-error={w.error}
          className={`rounded px-1 text-sm ${colour(w.accuracy)} ${w.error === 'omission' ? 'line-through' : ''}`}
        >
          {w.word} <span className="sr-only">{Math.round(w.accuracy)}</span>
        </span>
      ))}
    </p>
  );
}
