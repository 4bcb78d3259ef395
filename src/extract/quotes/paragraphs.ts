/**
 * The article's body paragraphs as a reader sees them, each mapped back to offsets in the
 * page's visible-text index (so quote anchors agree with the content script's walk).
 * Headlines, captions, asides, navigation, comments, teasers, bios and embedded posts
 * are left out: quote marks there are not the story's quotes.
 */
import { lastAtOrBefore } from '../sorted';
import { buildTextIndex, type TextIndex } from '../text-index';
import type { PageContext } from '../page';
import type { ArticleDecision } from '../article';

export interface Paragraph {
  text: string;
  /** For each text node of the paragraph: its start in `text` and in the index text. */
  localStarts: number[];
  indexStarts: number[];
  /**
   * A prose paragraph (`<p>` outside a list). False for list items, table cells, pull-outs:
   * not body prose but still searched for quotes.
   */
  prose: boolean;
}

/**
 * What the quote engine needs from the page, as plain data: the article's paragraphs and
 * the visible text they index into (quote anchors take their context from it). Reading
 * this is the only part of quote finding that touches the DOM; the rest
 * (`attributeQuotes`) works on these strings, outside the page.
 */
export interface QuoteText {
  indexText: string;
  paragraphs: Paragraph[];
}

/** Characters of a paragraph read for quotes. */
const MAX_PARAGRAPH = 200_000;

/**
 * The quote text, and the visible-text index it was read from: the content script keeps
 * the index to put its marks on the page, instead of walking the page a second time.
 */
export function readQuoteText(ctx: PageContext, article: ArticleDecision): { quoteText: QuoteText; index: TextIndex | null } {
  const body = ctx.doc.body;
  const root = article.body ?? body;
  if (!body || !root) return { quoteText: { indexText: '', paragraphs: [] }, index: null };
  const index = buildTextIndex(body, ctx.budget);
  const paragraphs = collectParagraphs(index, root);
  // A paragraph longer than any real one (a 10 MB text node) is read up to a cap, and the report says so.
  for (const p of paragraphs) {
    if (p.text.length > MAX_PARAGRAPH) {
      p.text = p.text.slice(0, MAX_PARAGRAPH);
      ctx.budget.hit();
    }
  }
  return { quoteText: { indexText: index.text, paragraphs }, index };
}

const isProseBlock = (block: Element): boolean =>
  block.tagName.toUpperCase() === 'P' && block.parentElement?.tagName.toUpperCase() !== 'LI';

/** Elements that end one paragraph and start another. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TD', 'TH', 'DD', 'DT', 'SECTION',
  'ARTICLE', 'MAIN', 'PRE', 'ADDRESS', 'BODY', 'TABLE', 'TR', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'FORM',
]);

/** Never body text, wherever they sit. */
const SKIP_TAGS = new Set(['H1', 'FIGCAPTION', 'FIGURE', 'ASIDE', 'NAV', 'FOOTER', 'FORM', 'CAPTION', 'PICTURE', 'VIDEO', 'AUDIO', 'LABEL', 'TIME']);
const SKIP_ROLES = /^(?:navigation|complementary|contentinfo|banner|search|dialog|alert|figure)$/i;
/** Class/id words of boilerplate around an article (comments, teasers, bios, sharing, captions …). */
const SKIP_CLASS =
  /(?:^|[\s_-])(?:comments?|comment-list|related|recommended|recirc|more-stories|read-more|readmore|teaser|promo|newsletter|signup|subscribe|share|sharing|social|sidebar|widget|caption|credit|byline|author-bio|author-info|authorbio|bio|about-the-author|tags|tag-list|breadcrumbs?|advert|advertisement|ad-slot|ads|sponsor|outbrain|taboola|embed|twitter-tweet|instagram-media|tiktok-embed|wp-caption-text|headline|title|kicker|footer|masthead|menu|nav|modal|popup|cookie|paywall|most-popular|trending|live-updates-nav|disclaimer)(?:$|[\s_-])/i;

function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.tagName.toUpperCase() === 'HEADER' && el.parentElement && el.parentElement.tagName.toUpperCase() !== 'BODY') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.test(role)) return true;
  const cls = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  // A container holding several paragraphs is the body itself, whatever its class says.
  return cls.length > 1 && SKIP_CLASS.test(cls) && el.getElementsByTagName('p').length < 4;
}

type Status = 'in' | 'out' | 'skip';

/**
 * Groups the index's text nodes that lie under `root` (and not under a skipped element)
 * into paragraphs by their nearest block ancestor. Linear: each element is classified once.
 */
export function collectParagraphs(index: TextIndex, root: Element): Paragraph[] {
  const status = new Map<Element, Status>();
  const blockOf = new Map<Element, Element>();
  // Both walks are iterative (a script-built DOM can be far deeper than the call stack) and
  // memoised, so each element is looked at once however many text nodes share it.
  const classify = (start: Element | null): Status => {
    const chain: Element[] = [];
    let el = start;
    let s: Status = 'out';
    for (; el; el = el.parentElement) {
      const known = status.get(el);
      if (known) {
        s = known;
        break;
      }
      if (el === root) {
        s = 'in';
        status.set(el, s);
        break;
      }
      chain.push(el);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i]!;
      if (s === 'in' && isSkipped(e)) s = 'skip';
      status.set(e, s);
    }
    return start ? (status.get(start) ?? s) : 'out';
  };
  const blockFor = (start: Element): Element => {
    const chain: Element[] = [];
    let el: Element = start;
    let block: Element;
    for (;;) {
      const known = blockOf.get(el);
      if (known) {
        block = known;
        break;
      }
      chain.push(el);
      if (BLOCK_TAGS.has(el.tagName.toUpperCase()) || el === root || !el.parentElement) {
        block = el;
        break;
      }
      el = el.parentElement;
    }
    for (const e of chain) blockOf.set(e, block);
    return block;
  };

  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let currentBlock: Element | null = null;
  for (let i = 0; i < index.nodes.length; i++) {
    const node = index.nodes[i]!;
    const parent = node.parentElement;
    if (!parent || classify(parent) !== 'in') {
      current = null;
      currentBlock = null;
      continue;
    }
    const block = blockFor(parent);
    if (!current || currentBlock !== block) {
      current = { text: '', localStarts: [], indexStarts: [], prose: isProseBlock(block) };
      currentBlock = block;
      paragraphs.push(current);
    }
    current.localStarts.push(current.text.length);
    current.indexStarts.push(index.starts[i]!);
    // the index may hold only the start of a huge node (work budget): read what it holds
    current.text += index.text.slice(index.starts[i], index.starts[i + 1] ?? index.text.length);
  }
  return paragraphs.filter((p) => /\S/.test(p.text));
}

/** Maps an offset in a paragraph's text to the index text. */
export function toIndexOffset(p: Paragraph, local: number): number {
  const at = lastAtOrBefore(p.localStarts, local);
  return p.indexStarts[at]! + (local - p.localStarts[at]!);
}
