/** Where the story's own furniture (headline, byline, captions) lives, and its first and last paragraphs. */
import type { PageContext } from '../page';
import { isHiddenElement } from '../text-index';
import { clean, foldKey } from './util';

/** The printed headline: the h1 (or h2, on templates whose h1 is the logo) that matches the title. */
export function findHeadline(doc: Document, title: string | null): Element | null {
  const want = foldKey(title ?? doc.title);
  let fallback: Element | null = null;
  for (const tag of ['h1', 'h2']) {
    for (const el of Array.from(doc.getElementsByTagName(tag)).slice(0, 12)) {
      const text = foldKey(el.textContent ?? '');
      if (text.length < 10) continue;
      if (want && (want.includes(text) || text.includes(want))) return el;
      if (tag === 'h1') fallback ??= el;
    }
  }
  return fallback;
}

/**
 * The article's own region: the lowest common ancestor of the headline and the body, so
 * bylines and captions next to the headline are found without reading other stories.
 */
export function articleScope(body: Element | null, headline: Element | null, doc: Document): Element {
  const root = doc.body ?? doc.documentElement;
  if (!body) return headline?.parentElement ?? root;
  if (!headline) return body.closest('article') ?? body.parentElement ?? body;
  for (let el: Element | null = body; el; el = el.parentElement) if (el.contains(headline)) return el;
  return root;
}

/** Visible paragraph-like texts of the body, in order (block children, so `<block><p>` and bare divs count). */
export function bodyParagraphs(ctx: PageContext, body: Element | null, max = 400): string[] {
  if (!body) return [];
  const out: string[] = [];
  for (const el of Array.from(body.querySelectorAll('p, h2, h3, h4, blockquote, li, div > em, div > strong'))) {
    if (out.length >= max || !ctx.budget.visit()) break;
    if (isHiddenElement(el) || el.closest('figure, figcaption, aside, script, style')) continue;
    if (el.tagName !== 'P' && el.querySelector('p')) continue;
    const t = clean(el.textContent);
    if (t) out.push(t);
  }
  if (!out.length) {
    const t = clean(body.textContent);
    if (t) out.push(t);
  }
  return out;
}

/** What one walk of the article's region finds for the readers (class tests in JS: attribute-substring selectors are slow). */
export interface ScopeScan {
  bylines: Element[];
  /** Short leaf-like lines (p, span, li, div …) that may print a byline without byline markup. */
  bylineLines: Element[];
  captions: Element[];
  authorBios: Element[];
  microdataAuthors: Element[];
  times: Element[];
  /** itemprop=datePublished/dateModified, and the first element whose class says date/time. */
  dates: Element[];
}

const BYLINE_CLASS = /byline|author-?name|author__name|authorname|article-author|credit-line|(?:^|\s)author(?:\s|$)/i;
const CAPTION_CLASS = /caption|credit|photo__desc|photo-desc|image-source|img-source|photographer/i;
const BYLINE_LINE_TAGS = new Set(['P', 'SPAN', 'LI', 'DIV', 'SMALL', 'EM', 'STRONG', 'CITE', 'H4', 'H5', 'H6']);
const BIO_CLASS = /author-?bio|author-description|about-author|author-info/i;

export function emptyScan(): ScopeScan {
  return { bylines: [], bylineLines: [], captions: [], authorBios: [], microdataAuthors: [], times: [], dates: [] };
}

export function scanScope(ctx: PageContext, scope: Element): ScopeScan {
  const out = emptyScan();
  const walker = ctx.doc.createTreeWalker(scope, 0x1 /* SHOW_ELEMENT */);
  for (let n = walker.currentNode as Element | null; n; n = walker.nextNode() as Element | null) {
    if (!ctx.budget.visit()) break;
    const tag = n.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SVG' || tag === 'svg') continue;
    const cls = n.getAttribute('class') ?? '';
    const itemprop = n.getAttribute('itemprop');
    if (tag === 'FIGCAPTION' || (cls && CAPTION_CLASS.test(cls))) out.captions.push(n);
    if (itemprop && /\bauthor\b/.test(itemprop)) out.microdataAuthors.push(n);
    if (tag === 'TIME' && n.hasAttribute('datetime')) out.times.push(n);
    if ((itemprop && /date(?:Published|Modified)/.test(itemprop)) || (out.dates.length < 3 && cls && /date|time/i.test(cls))) out.dates.push(n);
    if ((cls && BYLINE_CLASS.test(cls)) || tag === 'ADDRESS' || n.getAttribute('rel') === 'author' || n.getAttribute('data-test') === 'byline' || (itemprop && /\bauthor\b/.test(itemprop))) out.bylines.push(n);
    if (cls && BIO_CLASS.test(cls)) out.authorBios.push(n);
    if (out.bylineLines.length < 400 && BYLINE_LINE_TAGS.has(tag) && n.childElementCount <= 4) {
      const t = n.textContent ?? '';
      if (t.length > 4 && t.length < 120) out.bylineLines.push(n);
    }
  }
  return out;
}
