// The level select: "Auto" lets the server follow its estimate of the learner's level from what
// they write and say (GET /api/progress/:userId/level); the others fix it.
import { Level } from '../../shared/corrections';
import type { Translate } from '../i18n/i18n';

export function levelOptions(t: Translate): { value: Level; label: string }[] {
  return Level.options.map((value) => ({ value, label: value === 'auto' ? t('level_auto') : value }));
}
