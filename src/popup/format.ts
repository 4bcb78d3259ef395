/** Formatting helpers for the popup: dates, quote openings, labels. Pure, locale passed in. */
import type { Translate } from '../present/messages';

export interface FormattedDate {
  /** The machine-readable value for `<time datetime>`. */
  iso: string;
  absolute: string;
  relative: string | null;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago" / "in 2 hours"; null for a date within the last minute's noise or an invalid one. */
export function relativeTime(date: Date, now: Date, locale: string): string | null {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  if (!Number.isFinite(seconds)) return null;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'minute');
}

/**
 * A report date ("2024-08-27T14:51:00+08:00" or "2024-08-27") for people. A date without
 * a time is shown as that calendar day (in UTC), never shifted by the reader's time zone.
 */
export function formatDate(value: string, now: Date, locale: string): FormattedDate {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return { iso: value, absolute: value, relative: null };
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  const absolute = new Intl.DateTimeFormat(
    locale,
    dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short' },
  ).format(date);
  return { iso: value, absolute, relative: relativeTime(date, now, locale) };
}

/** A registry snapshot date ("2026-08-01") as a short local date; the raw text when unparseable. */
export function formatDay(value: string | null, locale: string, t: Translate): string {
  if (!value) return t('dateUnknown');
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The first words of a quote: whole words up to `maxChars`, then an ellipsis. */
export function firstWords(text: string, maxChars = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** "correctionsPolicy" → "Corrections policy", for indicators we have no message for. */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `t(key)` when the key exists; `i18n.getMessage` answers '' for unknown keys, our English table the key itself. */
export function message(t: Translate, key: string, fallback: string, subs?: string[]): string {
  const s = t(key, subs);
  return s && s !== key ? s : fallback;
}
