// The drill card is fetched the first time a drill opens, so it costs the panel's first load nothing.
import { Suspense, lazy } from 'react';
import type { DrillCardProps } from './DrillCard';

const DrillCard = lazy(() => import('./DrillCard'));

export function LazyDrillCard(props: DrillCardProps) {
  return (
    <Suspense fallback={null}>
      <DrillCard {...props} />
    </Suspense>
  );
}
