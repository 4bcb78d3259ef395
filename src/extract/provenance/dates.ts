/** Published and modified dates, as ISO 8601, from JSON-LD, meta tags, microdata and `<time>`. */
import type { PageContext } from '../page';
import type { Evidence } from '../../report';
import { primaryArticleNode, textProp } from './schema';
import { clean } from './util';

const pad = (n: number | string): string => String(n).padStart(2, '0');

/**
 * ISO 8601 from the forms pages use: "2019-11-20T07:30:38+0000", "2023-01-16 16:30:41",
 * "Fri Mar 13 21:30:09 EST 2015", "Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)", "2016年10月14日07:17",
 * "November 19, 2019 at 9:45 am". A printed time without a zone stays without one.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  const s = clean(raw);
  if (!s || s.length > 80) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    if (!h) return `${y}-${mo}-${d}`;
    const z = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${frac ?? ''}${z}`;
  }
  const cjk = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2})[:：](\d{2}))?/.exec(s);
  if (cjk) {
    const [, y, mo, d, h, mi] = cjk;
    return `${y}-${pad(mo!)}-${pad(d!)}${h ? `T${pad(h)}:${mi}:00` : ''}`;
  }
  if (!/\b(?:19|20)\d{2}\b/.test(s)) return null;
  // Zone abbreviations are ambiguous (EST is also Australian Eastern): keep the printed local time.
  const cleaned = s
    .replace(/\s+at\s+/i, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/(\d)(am|pm)\b/i, '$1 $2')
    .replace(/\b(?!GMT\b|UTC\b)[A-Z]{3,4}\b(?=\s+\d{4}\b|\s*$)/, '');
  const t = Date.parse(cleaned);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  if (/\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\b/.test(cleaned)) return d.toISOString().replace('.000Z', 'Z');
  const hasTime = /\d{1,2}:\d{2}/.test(cleaned);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return hasTime ? `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : day;
}

const PUBLISHED_META = ['article:published_time', 'og:article:published_time', 'datepublished', 'article:publicationdate', 'pubdate', 'publish-date', 'publishdate', 'dc.date.issued', 'dc.date', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'date'];
const MODIFIED_META = ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'last-modified'];

export interface Dates {
  published: string | null;
  modified: string | null;
  evidence: Evidence[];
}

export function readDates(ctx: PageContext, scan: { times: Element[]; dates: Element[] } | null): Dates {
  const out: Dates = { published: null, modified: null, evidence: [] };
  const node = primaryArticleNode(ctx);
  const set = (field: 'published' | 'modified', raw: string | null | undefined, evidence: Evidence): void => {
    if (out[field]) return;
    const iso = toIsoDate(raw);
    if (!iso) return;
    out[field] = iso;
    out.evidence.push(evidence);
  };
  for (const [field, key] of [['published', 'datePublished'], ['modified', 'dateModified']] as const) {
    const v = textProp(node, key);
    set(field, v, { source: 'json-ld', detail: `${key} = ${v ?? ''}` });
  }
  for (const [field, keys] of [['published', PUBLISHED_META], ['modified', MODIFIED_META]] as const) {
    for (const key of keys) {
      const v = ctx.meta.get(key)?.[0];
      set(field, v, { source: 'meta', detail: `${key} = ${v ?? ''}` });
    }
  }
  if (!scan) return out;
  const { times, dates } = scan;
  for (const [field, prop] of [['published', 'datePublished'], ['modified', 'dateModified']] as const) {
    const el = dates.find((d) => d.getAttribute('itemprop') === prop);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
    set(field, v, { source: 'microdata', detail: `itemprop=${prop} ${v ?? ''}` });
  }
  const updated = times.find((t) => /updated|modified/i.test(t.getAttribute('class') ?? ''));
  set('modified', updated?.getAttribute('datetime'), { source: 'text', detail: `<time class=updated> ${updated?.getAttribute('datetime') ?? ''}` });
  const first = times.find((t) => t !== updated);
  set('published', first?.getAttribute('datetime'), { source: 'text', detail: `<time> ${first?.getAttribute('datetime') ?? ''}` });
  if (!out.published) {
    // A printed date near the headline ("October 12, 2017", "2016年10月14日07:17").
    const el = dates.find((d) => !d.hasAttribute('itemprop'));
    const text = clean(el?.textContent).slice(0, 80);
    set('published', text, { source: 'text', detail: `printed date "${text}"` });
  }
  return out;
}

