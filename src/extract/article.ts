/**
 * Is this page one article, and where is its body? Decided from the cheapest evidence
 * first — JSON-LD and OpenGraph types, page kind (home page, wiki) — and only then from
 * structure (a publication date, then Readability's cheap `isProbablyReaderable`). The body
 * is found lazily, by a one-pass paragraph score (no Readability parse), the first time
 * someone reads `decision.body`.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { PageContext } from './page';
import type { Evidence } from '../report';
import { typesOf } from './jsonld';
import { isHiddenElement } from './text-index';
import { primaryArticleNode } from './provenance/schema';
import { clean } from './provenance/util';

export interface ArticleDecision {
  isArticle: boolean;
  evidence: Evidence[];
  /** The element holding the article's body text, when one was found. */
  body: Element | null;
}

/** JSON-LD page types that are lists or things, never one article. */
const NON_ARTICLE_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage|Product|ProductGroup|FAQPage|QAPage|CheckoutPage|ContactPage|SoftwareApplication|MobileApplication|WebApplication|Course|Recipe|Event|JobPosting|Place|LocalBusiness|Store|Book|Movie|MusicRecording|VideoGame)$/;
const NON_ARTICLE_OG = /^(?:website|product|profile|book|place|business\.business|music\.\w+|video\.(?:movie|tv_show|episode)|product\.\w+)$/;

/** A publication date in the usual meta tags. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.date', 'pubdate', 'publish-date', 'publishdate', 'sailthru.date', 'parsely-pub-date', 'article:publicationdate',
];

const VISIBLE_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b|\b\d{1,2}\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\b/i;

function isHomePage(url: URL | null): boolean {
  return url !== null && /^https?:$/.test(url.protocol) && url.hostname !== 'localhost' && /^\/?(?:index\.\w+)?$/.test(url.pathname) && !url.search;
}

/** A date printed just after the headline: the byline/dateline row most templates print. */
function visibleDateNearHeadline(doc: Document): string | null {
  const h1 = doc.getElementsByTagName('h1')[0];
  if (!h1 || !doc.body) return null;
  // Read forward from the headline, a bounded number of characters (never a whole container's text).
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  walker.currentNode = h1;
  let text = '';
  for (let n = walker.nextNode(); n && text.length < 1500; n = walker.nextNode()) text += ` ${n.nodeValue ?? ''}`;
  return VISIBLE_DATE.exec(clean(text))?.[0] ?? null;
}

function publicationDateSignal(ctx: PageContext): Evidence | null {
  for (const key of DATE_META) {
    const v = ctx.meta.get(key)?.[0];
    if (v && /\d{4}/.test(v)) return { source: 'meta', detail: `${key} = ${v}` };
  }
  const time = ctx.doc.getElementsByTagName('time')[0];
  const datetime = time?.getAttribute('datetime');
  if (datetime) return { source: 'text', detail: `<time datetime="${datetime}">` };
  const visible = visibleDateNearHeadline(ctx.doc);
  return visible ? { source: 'text', detail: `date near the headline: ${visible}` } : null;
}

export function detectArticle(ctx: PageContext): ArticleDecision {
  const evidence: Evidence[] = [];
  const against: Evidence[] = [];

  const node = primaryArticleNode(ctx);
  if (node) evidence.push({ source: 'json-ld', detail: `@type ${typesOf(node).join(', ')}` });
  const ogType = ctx.meta.get('og:type')?.[0]?.trim().toLowerCase() ?? null;
  if (ogType === 'article' || ogType?.startsWith('article')) evidence.push({ source: 'meta', detail: `og:type = ${ogType}` });
  else if (ogType && NON_ARTICLE_OG.test(ogType)) against.push({ source: 'meta', detail: `og:type = ${ogType}` });

  const listTypes = ctx.jsonLd.flatMap(typesOf).filter((t) => NON_ARTICLE_TYPES.test(t));
  if (!node && listTypes.length) against.push({ source: 'json-ld', detail: `@type ${listTypes[0]!}` });
  const generator = ctx.meta.get('generator')?.[0] ?? '';
  const wiki = /mediawiki|dokuwiki|confluence/i.test(generator);
  if (wiki) against.push({ source: 'meta', detail: `generator = ${generator}` });
  const home = isHomePage(ctx.url);
  if (home) against.push({ source: 'link', detail: `home page URL ${ctx.url?.pathname ?? ''}` });

  let isArticle: boolean;
  if (wiki || home) isArticle = false;
  else if (evidence.length) isArticle = true;
  else {
    // No declared type: judge the structure. Readable text alone is not enough (wikis, docs
    // and product pages are readable): an article also carries a publication date.
    const date = publicationDateSignal(ctx);
    // Readability's own visibility test reads computed styles; the markup test is enough here.
    const readable = date !== null && isProbablyReaderable(ctx.doc, { visibilityChecker: (n) => !isHiddenElement(n) });
    if (readable) evidence.push({ source: 'text', detail: 'readable article-length text (isProbablyReaderable)' });
    if (date) evidence.push(date);
    else against.push({ source: 'text', detail: 'no publication date' });
    isArticle = readable;
  }

  let body: Element | null | undefined;
  return {
    isArticle,
    evidence: isArticle ? evidence : against.length ? against : evidence,
    get body(): Element | null {
      if (body === undefined) body = findBody(ctx);
      return body;
    },
  };
}

// ---------- the body ----------

/** Class/id words of containers that hold page furniture rather than the story. */
const UNLIKELY = /comment|related|recommend|more-?on|sidebar|promo|newsletter|outbrain|taboola|footer|byline|caption|author-?bio|\bbio\b|share|social|subscribe|signup|teaser|trending|popular|most-?read|breaking|ticker|nav|menu|widget|cookie|consent|timeline|swift-box|live-?box/i;
const LIKELY = /and|article|body|column|content|main|shadow|story|entry/i;
/** Furniture that no "content"/"article" in the same class name redeems. */
const NEVER = /comment|related|outbrain|taboola|recommend|author-?bio/i;
const SKIP_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'LI', 'FIGCAPTION', 'FIGURE', 'HEADER', 'TD', 'TH']);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Length with CJK characters weighted (one ideograph carries about a word). */
function weightedLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + cjk * 2;
}

/**
 * Scores each paragraph's container (Readability's idea, in one cheap pass: no clone, no
 * DOM rewriting) and returns the best container: the element holding the story paragraphs.
 */
export function findBody(ctx: PageContext): Element | null {
  const doc = ctx.doc;
  const unlikelyCache = new Map<Element, boolean>();
  const isUnlikely = (el: Element): boolean => {
    const cached = unlikelyCache.get(el);
    if (cached !== undefined) return cached;
    let result = false;
    let node: Element | null = el;
    for (let depth = 0; node && depth < 8 && node !== doc.body; depth++, node = node.parentElement) {
      if (SKIP_TAGS.has(node.tagName) || isHiddenElement(node)) {
        result = true;
        break;
      }
      const key = `${node.getAttribute('class') ?? ''} ${node.id}`;
      if (NEVER.test(key) || (UNLIKELY.test(key) && !LIKELY.test(key))) {
        result = true;
        break;
      }
    }
    unlikelyCache.set(el, result);
    return result;
  };

  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (!ctx.budget.visit()) break;
    const parent = p.parentElement;
    if (!parent || isHiddenElement(p) || isUnlikely(parent)) continue;
    const text = p.textContent ?? '';
    const length = weightedLength(text.trim());
    if (length < 25) continue;
    const commas = (text.match(/[,，、]/g)?.length ?? 0);
    const score = 1 + Math.min(commas, 10) + Math.min(Math.floor(length / 100), 3);
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand && grand !== doc.documentElement) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return doc.querySelector('article') ?? null;
  // Paragraphs split over sibling wrappers (<div><p>…</p></div><div><p>…</p></div>): take the parent.
  const parent = best.parentElement;
  if (parent && parent !== doc.body && parent !== doc.documentElement) {
    const rivals = Array.from(parent.children).filter((c) => c !== best && (scores.get(c) ?? 0) >= Math.max(3, bestScore * 0.25));
    if (rivals.length && !isUnlikely(parent)) return parent;
  }
  return best;
}
