// How the popup puts the level estimate into words: how sure it is (from the words it rests on)
// and where it has been heading week by week.
import { CefrLevel, type LevelEstimate } from '../../shared/review';

export type Confidence = 'low' | 'medium' | 'high';
export type TrendDirection = 'rising' | 'steady' | 'falling';

/** The server's 0..1 confidence in three words; a third and two thirds are the steps. */
export function confidenceWord(confidence: number): Confidence {
  if (confidence >= 2 / 3) return 'high';
  if (confidence >= 1 / 3) return 'medium';
  return 'low';
}

/** The direction from the first week with a level to the last one; null without two such weeks. */
export function levelTrend(trend: LevelEstimate['trend']): { direction: TrendDirection; weeks: number } | null {
  const ranked = (trend ?? []).flatMap((week) => (week.level ? [CefrLevel.options.indexOf(week.level)] : []));
  const first = ranked[0];
  const last = ranked.at(-1);
  if (ranked.length < 2 || first === undefined || last === undefined) return null;
  return { direction: last > first ? 'rising' : last < first ? 'falling' : 'steady', weeks: trend?.length ?? 0 };
}
