// The level the tutor speaks at. A learner who chose a level gets it; a learner who chose 'auto'
// gets their current estimate, moved into the range the tutor's prompts know (A1 talks as A2,
// C2 as C1), and B1, the default, until there are enough of their words to estimate.
import { Level } from '../../../shared/corrections';
import type { CefrLevel } from '../../../shared/review';
import type { Prisma } from '../../db/client';
import type { TutorLevel } from '../../providers/types';
import { currentLevel } from './learner-level';

export const DEFAULT_TUTOR_LEVEL: TutorLevel = 'B1';

const TUTOR_LEVEL_OF: Record<CefrLevel, TutorLevel> = { A1: 'A2', A2: 'A2', B1: 'B1', B2: 'B2', C1: 'C1', C2: 'C1' };

export async function tutorLevelFor(prisma: Prisma, user: { id: string; level: string }): Promise<TutorLevel> {
  const chosen = Level.safeParse(user.level).data ?? DEFAULT_TUTOR_LEVEL;
  if (chosen !== 'auto') return chosen;
  const { level } = await currentLevel(prisma, user.id);
  return level ? TUTOR_LEVEL_OF[level] : DEFAULT_TUTOR_LEVEL;
}
