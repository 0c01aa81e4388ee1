// The practice card is fetched when a phrase is first practised, so it costs the panel's first
// load nothing (the panel has a JavaScript budget).
import { Suspense, lazy } from 'react';
import { useStore } from 'zustand';
import type { PracticeCardProps } from './PracticeCard';

const PracticeCard = lazy(() => import('./PracticeCard').then((card) => ({ default: card.PracticeCard })));

export function LazyPracticeCard(props: PracticeCardProps) {
  const text = useStore(props.store, (state) => state.text);
  if (!text) return null;
  return (
    <Suspense fallback={null}>
      <PracticeCard {...props} />
    </Suspense>
  );
}
