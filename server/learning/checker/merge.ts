// Joins learner-rule and harper findings; where spans overlap the learner rule wins, because its
// explanation is written for learners.
import { overlaps, type Finding } from './finding';

export function mergeFindings(learner: readonly Finding[], harper: readonly Finding[]): Finding[] {
  const merged = [...learner];
  for (const finding of harper) {
    if (!merged.some((kept) => overlaps(kept, finding))) merged.push(finding);
  }
  return merged.sort((a, b) => a.start - b.start);
}
