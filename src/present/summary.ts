/**
 * One-line summaries of a report, shared by the popup, the toolbar badge, the CLI's
 * `--summary` and the text citation, so every surface says the same thing.
 */
import type { Report } from '../report';
import type { Translate } from './messages';

/** "AFP story, republished by Hong Kong Free Press · filed from Geneva, Switzerland · News Service" */
export function provenanceLine(r: Report, t: Translate): string {
  const parts: string[] = [];
  const publisher = r.publisher?.name ?? null;
  const produced = r.wire.filter((w) => w.role === 'produced').map((w) => w.agency);
  const contributed = r.wire.filter((w) => w.role === 'contributed').map((w) => w.agency);
  const join = (xs: string[]): string => xs.join(t('lineJoin'));
  if (produced.length && publisher) parts.push(t('lineWireRepublished', [join(produced), publisher]));
  else if (produced.length) parts.push(t('lineWireOnly', [join(produced)]));
  else if (contributed.length && publisher) parts.push(t('lineWireContributed', [publisher, join(contributed)]));
  else if (r.producedExternally && publisher) parts.push(t('lineProducedExternally', [publisher]));
  else if (publisher) parts.push(t('lineOwnStory', [publisher]));
  else parts.push(t('lineUnknownProducer'));
  if (r.dateline) parts.push(t('lineFiledFrom', [r.dateline]));
  const label = r.storyLabel ?? (r.storyType ? t(`storyType_${r.storyType}`) : null);
  if (label) parts.push(label);
  return parts.join(t('lineSeparator'));
}

/** "5 quotes from 2 named sources: 1 official, 1 civil society; 0 anonymous" */
export function sourcingLine(r: Report, t: Translate): string {
  const s = r.sourcing;
  if (!s.totalQuotes) return t('sourcingNone');
  const quotes = s.totalQuotes === 1 ? t('sourcingQuotesOne') : t('sourcingQuotesMany', [String(s.totalQuotes)]);
  const sources = s.namedSources === 1 ? t('sourcingSourcesOne') : t('sourcingSourcesMany', [String(s.namedSources)]);
  const kinds = (
    [
      ['kindOfficial', s.officials],
      ['kindExpert', s.experts],
      ['kindCivilSociety', s.civilSociety],
      ['kindJournalist', s.journalists],
      ['kindOther', s.other],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([key, n]) => t(key, [String(n)]))
    .join(', ');
  return t('sourcingSummary', [quotes, sources, kinds || '—', String(s.anonymous)]);
}

/** Short text for the toolbar badge: the producing agency, else the outlet's initials. */
export function badgeText(r: Report): string {
  const produced = r.wire.find((w) => w.role === 'produced');
  if (produced) return produced.agency.slice(0, 4);
  const name = r.publisher?.name;
  if (!name) return '';
  const initials = name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.slice(0, 4);
}
