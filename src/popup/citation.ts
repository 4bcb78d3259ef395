/** The short text citation the popup copies: who produced it, when, where it was read. */
import type { Report } from '../report';
import type { Translate } from '../present/messages';
import { provenanceLine } from '../present/summary';

/**
 * "'Problematic' policies persist … — AFP story, republished by Hong Kong Free Press · filed
 * from Geneva, Switzerland · News Service. Published 27 August 2024. https://… (Provenance Lens, 28 November 2026)"
 */
export function textCitation(r: Report, t: Translate, locale: string, now: Date): string {
  const day = (d: Date, utc: boolean): string =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(utc ? { timeZone: 'UTC' } : {}) }).format(d);
  const parts: string[] = [];
  const head = [r.title?.trim(), provenanceLine(r, t)].filter(Boolean).join(' — ');
  parts.push(`${head}.`);
  if (r.bylines.length) parts.push(`${t('citationBy', [r.bylines.join(', ')])}.`);
  const published = r.published ? new Date(r.published) : null;
  if (published && !Number.isNaN(published.getTime())) {
    parts.push(`${t('citationPublished', [day(published, /^\d{4}-\d{2}-\d{2}$/.test(r.published ?? ''))])}.`);
  }
  if (r.url) parts.push(r.url);
  parts.push(`(${t('citationAnalysed', [day(now, false)])})`);
  return parts.join(' ');
}
