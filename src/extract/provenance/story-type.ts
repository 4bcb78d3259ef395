/**
 * Story type: news, opinion, analysis, review, sponsored, satire or other. From the most
 * explicit to the least: schema.org subtypes, Trust Project "Type of Story/Work" labels,
 * `article:opinion`, kicker/section/breadcrumb labels, the URL's section, press-release
 * markers; an article with none of these is news.
 */
import type { PageContext } from '../page';
import type { Evidence, StoryType } from '../../report';
import storyData from '../../data/story-types.json';
import { typesOf } from '../jsonld';
import type { LabelPair } from '../trust-box';
import { primaryArticleNode, textProp } from './schema';
import { isHiddenElement } from '../text-index';
import { clean, foldKey, snippet } from './util';

export interface StoryTypeResult {
  storyType: StoryType | null;
  storyLabel: string | null;
  evidence: Evidence[];
  /** The label says the story was produced outside the newsroom ("News Service"). */
  newsService: boolean;
  letters: boolean;
}

const SCHEMA_TYPES = storyData.schemaTypes as Record<string, StoryType>;
const LABELS = new Map<string, StoryType>();
for (const [type, labels] of Object.entries(storyData.labels)) for (const l of labels) LABELS.set(foldKey(l), type as StoryType);
const URL_SEGMENTS = new Map<string, StoryType>();
for (const [type, segs] of Object.entries(storyData.urlSegments)) for (const s of segs) URL_SEGMENTS.set(s, type as StoryType);
const PRESS_TOKENS = new Set(storyData.pressReleaseTokens);
const HEADLINE_LABELS: { type: StoryType; pattern: RegExp }[] = (['review', 'opinion'] as const).flatMap((type) =>
  storyData.headlineLabels[type].map((source) => ({ type, pattern: new RegExp(source, 'iu') })),
);
const COLUMN_META = storyData.columnMeta.names;

/** The kind a headline prints ("Shovel Knight review: …", "Column: …"), the publisher's name taken out. */
export function headlineLabel(headline: string, publisher: string | null): { type: StoryType; label: string } | null {
  let text = headline;
  if (publisher && publisher.length > 2) text = text.split(new RegExp(publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu')).join(' ');
  for (const { type, pattern } of HEADLINE_LABELS) {
    const m = pattern.exec(text.trim());
    if (m) return { type, label: m[0].replace(/[\s|:–—-]+$/u, '').trim() };
  }
  return null;
}

/** The type a printed label denotes ("Opinion", "Letters to the Editor", "News Service"). */
export function typeOfLabel(label: string): StoryType | null {
  return LABELS.get(foldKey(label)) ?? null;
}

const isNewsServiceLabel = (label: string): boolean => /news service|wire service|syndicat/i.test(label);
const isLettersLabel = (label: string): boolean => /^letters?\b/i.test(label.trim());

/** Class/id words of kicker, section-header, label and breadcrumb elements. */
const KICKER = /kicker|eyebrow|overline|section-name|section-header|rubric|type-of-work|story-label|article-label|breadcrumb|category/i;
/** Menus and page furniture: their "Opinion" links name sections, not this story. */
const FURNITURE = /(?:^|[\s_-])(?:menu|nav|navigation|navbar|footer|sidebar|dropdown|megamenu|related|trending|popular)(?:$|[\s_-])/i;

interface PrintedLabel {
  text: string;
  type: StoryType;
}

/**
 * Kicker-like labels printed before the body, in one walk that stops at the body and skips
 * menus (a class-regex test per element: attribute-substring selectors cost far more).
 */
function labelsBefore(ctx: PageContext, stop: Element | null): PrintedLabel[] {
  const out: PrintedLabel[] = [];
  const root = ctx.doc.body;
  if (!root) return out;
  const walker = ctx.doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */, {
    acceptNode: (n: Node): number => {
      const el = n as Element;
      if (/^(?:NAV|ASIDE|FOOTER|SCRIPT|STYLE|svg)$/i.test(el.tagName) || isHiddenElement(el)) return 2; // REJECT: skip the subtree
      return FURNITURE.test(el.getAttribute('class') ?? '') ? 2 : 1;
    },
  });
  for (let n = walker.nextNode() as Element | null; n && out.length < 20; n = walker.nextNode() as Element | null) {
    if (n === stop || !ctx.budget.visit()) break;
    const key = `${n.getAttribute('class') ?? ''} ${n.id}`;
    if (key.length < 4 || !KICKER.test(key)) continue;
    const candidates = /breadcrumb/i.test(key) ? Array.from(n.querySelectorAll('a')).slice(0, 6) : [n];
    for (const el of candidates) {
      // The Trust Project label prints its definition inside: read the label's own words only.
      const text = firstLine(el).replace(/[|:]\s*$/, '').trim();
      const type = text.length <= 40 ? typeOfLabel(text) : null;
      if (type) out.push({ text, type });
    }
  }
  return out;
}

/** A label's own words: its bold part, else its first non-empty text (not the definition printed after it). */
function firstLine(el: Element): string {
  const strong = el.querySelector('strong, b');
  if (strong) return clean(strong.textContent);
  const whole = clean(el.textContent);
  if (whole.length <= 40) return whole;
  for (const n of Array.from(el.childNodes)) {
    const t = clean(n.textContent);
    if (t) return t;
  }
  return '';
}

export function readStoryType(ctx: PageContext, trustBox: LabelPair[], body: Element | null, headline: string | null = null, publisher: string | null = null): StoryTypeResult {
  const out: StoryTypeResult = { storyType: null, storyLabel: null, evidence: [], newsService: false, letters: false };
  const weakNews: Evidence[] = [];
  const decide = (type: StoryType, label: string | null, evidence: Evidence): void => {
    if (!out.evidence.some((e) => e.detail === evidence.detail)) out.evidence.push(evidence);
    if (!out.storyType) out.storyType = type;
    if (!out.storyLabel && label) out.storyLabel = label;
  };

  // 1. schema.org subtypes (plain NewsArticle only later, as the weakest signal).
  const node = primaryArticleNode(ctx);
  const types = node ? typesOf(node) : [];
  const specific = types.find((t) => SCHEMA_TYPES[t] && t !== 'NewsArticle' && t !== 'ReportageNewsArticle');
  if (specific) decide(SCHEMA_TYPES[specific]!, null, { source: 'json-ld', detail: `@type ${specific}` });

  // 2. Trust Project "Type of Story/Work" labels.
  for (const pair of trustBox) {
    if (!/^type(?: of (?:story|work))?$/i.test(pair.label)) continue;
    const value = pair.value.replace(/[:.]\s.*$/, '').trim();
    const type = typeOfLabel(value);
    if (!type) continue;
    if (isNewsServiceLabel(value)) out.newsService = true;
    if (isLettersLabel(value)) out.letters = true;
    decide(type, value, { source: 'label', detail: `${pair.label}: ${value}${pair.note ? ` — ${snippet(pair.note, 80)}` : ''}` });
  }

  // 3. article:opinion.
  const opinionMeta = ctx.meta.get('article:opinion')?.[0];
  if (opinionMeta === 'true') decide('opinion', null, { source: 'meta', detail: 'article:opinion = true' });

  // 4. Printed kicker, section header and breadcrumb labels before the body; then declared sections.
  for (const { text, type } of labelsBefore(ctx, body?.querySelector('p') ?? body)) {
    if (isLettersLabel(text)) out.letters = true;
    if (isNewsServiceLabel(text)) out.newsService = true;
    // "News" above a story says little (it is also a section name): keep it for last.
    if (type === 'news' && !out.newsService) weakNews.push({ source: 'label', detail: `label "${text}"` });
    else decide(type, text, { source: 'label', detail: `label "${text}"` });
  }
  // The headline printing the kind; the page's <title> too, which often keeps it when the headline does not.
  for (const h of [headline, clean(ctx.doc.title)]) {
    const hit = h ? headlineLabel(h, publisher) : null;
    if (hit) {
      decide(hit.type, hit.label, { source: 'text', detail: `headline "${snippet(h!, 80)}"` });
      break;
    }
  }
  for (const name of COLUMN_META) {
    const v = ctx.meta.get(name)?.[0];
    if (v && /^(?:yes|true)$/i.test(v)) decide('opinion', null, { source: 'meta', detail: `${name} = ${v}` });
  }
  const sections = [
    ...(ctx.meta.get('article:section') ?? []).map((v) => ['article:section', v] as const),
    ...(ctx.meta.get('og:article:section') ?? []).map((v) => ['og:article:section', v] as const),
  ];
  const ldSection = textProp(node, 'articleSection');
  for (const [key, v] of sections) {
    const type = typeOfLabel(v);
    if (type && type !== 'news') decide(type, null, { source: 'meta', detail: `${key} = ${v}` });
  }
  if (ldSection) {
    const type = typeOfLabel(ldSection);
    if (isLettersLabel(ldSection)) out.letters = true;
    if (type && type !== 'news') decide(type, null, { source: 'json-ld', detail: `articleSection = ${ldSection}` });
  }

  // 5. The URL's section (/news/opinion/…).
  const segments = ctx.url?.pathname.toLowerCase().split('/').slice(1, -1) ?? [];
  const seg = segments.find((s) => URL_SEGMENTS.has(s));
  if (seg) {
    if (/^letters/.test(seg)) out.letters = true;
    decide(URL_SEGMENTS.get(seg)!, null, { source: 'link', detail: `URL section /${seg}/` });
  }

  // 6. Press releases: company news on the company's own site.
  if (!out.storyType && !types.includes('NewsArticle') && !types.includes('ReportageNewsArticle')) {
    const tokens = new Set<string>();
    for (const s of ctx.url?.pathname.toLowerCase().split('/') ?? []) tokens.add(s);
    for (let el = body; el && el !== ctx.doc.body; el = el.parentElement) {
      for (const t of `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase().split(/[\s_]+|--?/)) tokens.add(t);
    }
    const hit = [...tokens].find((t) => PRESS_TOKENS.has(t));
    if (hit) decide('other', null, { source: 'text', detail: `press-release page ("${hit}")` });
  }

  // 7. A plain news type, or any article: news.
  if (types.includes('NewsArticle') || types.includes('ReportageNewsArticle')) decide('news', null, { source: 'json-ld', detail: `@type ${types.join(', ')}` });
  if (opinionMeta === 'false') decide('news', null, { source: 'meta', detail: 'article:opinion = false' });
  for (const e of weakNews) decide('news', null, e);
  return out;
}
