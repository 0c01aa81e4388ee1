import type { Language } from '../i18n/i18n';

/** "11/23" or "11. 23." for an x value in seconds since the epoch (UTC days, as the server counts them). */
export function dayLabel(language: Language): (seconds: number) => string {
  const format = new Intl.DateTimeFormat(language, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  return (seconds) => format.format(new Date(seconds * 1000));
}
