// "in 10 minutes" / "tomorrow" / "in 3 days", in the interface language, for the drill's next due date.
import type { Language } from '../i18n/i18n';

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function describeDue(dueIso: string, now: number, language: Language): string {
  const aheadMs = Math.max(0, Date.parse(dueIso) - now);
  const [unit, unitMs] = UNITS.find(([, ms]) => aheadMs >= ms) ?? ['minute', 60_000];
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(Math.max(1, Math.round(aheadMs / unitMs)), unit);
}
