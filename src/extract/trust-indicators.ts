/**
 * Trust Indicators: schema.org policy properties and the visible box. (Issue #5.)
 * Read from the article's JSON-LD node and its publisher (references resolved by `@id`),
 * from the "Behind the Story" label/value box, and from the outlet's trust-indicator link
 * menu. Which properties, labels and link texts count is data (src/data/badge-signatures.json).
 */
import type { PageContext } from './page';
import type { Evidence, TrustIndicator } from '../report';
import { asList, asText, deref, isObject, typesOf, type JsonLdNode, type JsonValue } from './jsonld';
import { readTrustBox } from './trust-box';
import data from '../data/badge-signatures.json';

const spec = data.trustIndicators;
const PROPERTIES: readonly string[] = spec.properties;
const LEGACY: Record<string, string> = spec.legacyProperties;
const BOX_LABELS = spec.boxLabels.map((l) => ({ re: new RegExp(l.pattern, 'i'), indicator: l.indicator }));
const LINK_TEXTS = spec.linkTexts.map((l) => ({ re: new RegExp(l.pattern, 'i'), indicator: l.indicator }));
const LINK_CONTAINERS = spec.linkContainers.map((s) => `${s} a[href]`).join(', ');

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|WebPage|LiveBlogPosting)$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** A hostile page could declare thousands; the popup needs a handful. */
const MAX_INDICATORS = 100;

/** An http(s) URL for `raw`, resolving relative paths against the page; null for anything else. */
export function httpUrl(raw: string, base: URL | null): string | null {
  const s = raw.trim();
  if (!s) return null;
  const scheme = SCHEME.exec(s)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return null;
  if (!scheme && !s.startsWith('/') && !s.startsWith('./') && !s.startsWith('../')) return null;
  try {
    const u = base ? new URL(s, base) : new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The nodes that speak for this page: article-like nodes, news organisations, and their publishers. */
function indicatorNodes(ctx: PageContext): JsonLdNode[] {
  const out = new Set<JsonLdNode>();
  const push = (n: JsonValue | undefined): void => {
    if (isObject(n)) out.add(n);
  };
  for (const node of ctx.jsonLd) {
    if (!ctx.budget.visit()) break;
    const types = typesOf(node);
    const articleLike = types.some((t) => ARTICLE_TYPE.test(t)) || (types.length === 0 && node['headline'] !== undefined);
    if (articleLike || types.includes('NewsMediaOrganization') || types.includes('WebSite')) {
      if (!types.includes('WebSite')) push(node);
      for (const p of asList(node['publisher'])) push(deref(p, ctx.jsonLdById));
    }
  }
  return [...out];
}

/** One property value → url/text; empty strings mean "no policy" in the 2017 examples. */
function readValue(value: JsonValue, ctx: PageContext): { url: string | null; text: string | null } | null {
  const v = deref(value, ctx.jsonLdById);
  if (typeof v === 'string') {
    const s = v.trim();
    if (!s) return null;
    const url = httpUrl(s, ctx.url);
    if (url) return { url, text: null };
    return SCHEME.test(s) || s.startsWith('/') ? null : { url: null, text: s.slice(0, 300) };
  }
  if (isObject(v)) {
    const link = [v['url'], v['@id']].find((x): x is string => typeof x === 'string');
    const url = link ? httpUrl(link, ctx.url) : null;
    const text = asText(v['name']) ?? asText(v['text']) ?? asText(v['description']);
    return url || text ? { url, text: text ? text.slice(0, 300) : null } : null;
  }
  return null;
}

/** De-duplicates by indicator + URL (or + text when there is no URL), merging evidence. */
class IndicatorSet {
  private readonly byKey = new Map<string, TrustIndicator>();
  add(indicator: string, url: string | null, text: string | null, ev: Evidence): void {
    const key = url ? `${indicator}\u0000u\u0000${url}` : `${indicator}\u0000t\u0000${text ?? ''}`;
    const same = this.byKey.get(key);
    if (same) {
      if (!same.text && text) same.text = text;
      if (same.evidence.length < 8 && !same.evidence.some((e) => e.detail === ev.detail)) same.evidence.push(ev);
      return;
    }
    if (this.byKey.size < MAX_INDICATORS) this.byKey.set(key, { indicator, url, text, evidence: [ev] });
  }
  get items(): TrustIndicator[] {
    return [...this.byKey.values()];
  }
}

function fromJsonLd(ctx: PageContext, set: IndicatorSet): void {
  for (const node of indicatorNodes(ctx)) {
    const type = typesOf(node).find((t) => t !== 'Organization') ?? typesOf(node)[0] ?? 'Thing';
    for (const key of Object.keys(node)) {
      const indicator = PROPERTIES.includes(key) ? key : LEGACY[key];
      if (!indicator) continue;
      for (const value of asList(node[key])) {
        const read = readValue(value, ctx);
        if (read) set.add(indicator, read.url, read.text, { source: 'json-ld', detail: `${type}.${key}` });
      }
    }
  }
}

function fromBox(ctx: PageContext, set: IndicatorSet): void {
  for (const pair of readTrustBox(ctx)) {
    const indicator = BOX_LABELS.find((l) => l.re.test(pair.label))?.indicator;
    if (!indicator) continue;
    const valueEl = pair.element.nextElementSibling;
    const href = valueEl?.querySelector('a[href]')?.getAttribute('href') ?? pair.element.querySelector('a[href]')?.getAttribute('href');
    const url = href ? httpUrl(href, ctx.url) : null;
    set.add(indicator, url, pair.value.slice(0, 300), { source: 'label', detail: `${pair.label}: ${pair.value.slice(0, 80)}` });
  }
}

function fromLinkMenus(ctx: PageContext, set: IndicatorSet): void {
  for (const a of Array.from(ctx.doc.querySelectorAll(LINK_CONTAINERS))) {
    if (!ctx.budget.visit()) break;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const indicator = text && LINK_TEXTS.find((l) => l.re.test(text))?.indicator;
    const url = httpUrl(a.getAttribute('href') ?? '', ctx.url);
    if (indicator && url) set.add(indicator, url, text.slice(0, 120), { source: 'link', detail: `link "${text.slice(0, 80)}"` });
  }
}

export function extractTrustIndicators(ctx: PageContext): TrustIndicator[] {
  const set = new IndicatorSet();
  fromJsonLd(ctx, set);
  fromBox(ctx, set);
  fromLinkMenus(ctx, set);
  return set.items;
}
