/**
 * Hostile pages, generated in code (nothing huge is committed). Each is what a page the
 * extension does not control could serve: far too much text, quote marks or JSON-LD,
 * absurd nesting, broken punctuation. Every page is marked as an article (og:type), so
 * the deep extractors (quotes, bylines …) run on it too.
 */
import { JSDOM } from 'jsdom';

export const HOSTILE_URL = 'https://hostile.example/news/2024/01/01/story';

const head = (extra = ''): string =>
  `<head><meta charset="utf-8"><title>Hostile page</title><meta property="og:type" content="article">` +
  `<meta property="og:site_name" content="Hostile Example">${extra}</head>`;

export const page = (body: string, headExtra = ''): string => `<!doctype html><html lang="en">${head(headExtra)}<body>${body}</body></html>`;

/** A short, valid NewsArticle block. */
export const newsArticleLd = (i = 0): string =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `#article-${i}`,
    headline: `Story ${i}`,
    author: { '@type': 'Person', name: `Reporter ${i}` },
    publisher: { '@type': 'Organization', name: 'Hostile Example', url: 'https://hostile.example/' },
  })}</script>`;

/** A deterministic pseudo-random generator, so each hostile page is the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HostileCase {
  name: string;
  /** Builds the document (parsing or DOM calls, whichever jsdom handles for this size). */
  build(): Document;
  /** Built and analysed in a worker with a large stack (jsdom cannot hold the tree otherwise). */
  deepWorker?: number;
  /** The default budget must be hit on this page: the report says `truncated`. */
  exceedsBudget: boolean;
}

const parse = (html: string): Document => new JSDOM(html, { url: HOSTILE_URL }).window.document;

/** 50,000 paragraphs of ~100 characters, each with a quote: ~5 M characters, over the 4 M budget. */
function paragraphs(): Document {
  const parts: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    parts.push(`<p>“We will finish stage ${i} before the winter,” said Minister Anna Example on Monday in the capital.</p>`);
  }
  return parse(page(`<article><h1>Fifty thousand paragraphs</h1>${parts.join('')}</article>`));
}

/** 20,000 quote marks in one paragraph: 10,000 short quotes, far over the 500-quote cap. */
function quoteMarks(): Document {
  const parts: string[] = [];
  for (let i = 0; i < 10_000; i++) parts.push(`“Point ${i} stands,” she said.`);
  return parse(page(`<article><h1>Quote marks</h1><p>${parts.join(' ')}</p></article>`));
}

/**
 * Nesting `depth` elements deep, built bottom-up with DOM calls: jsdom's parser and
 * appendChild into a connected tree both recurse per ancestor, so this is the one way
 * to get a very deep tree into jsdom. A quote sits at the bottom, so every walk has to
 * go all the way down.
 */
export function nested(depth: number): () => Document {
  return () => {
    const doc = parse(page('<article><h1>Deep</h1></article>'));
    let inner: Element = doc.createElement('p');
    inner.textContent = '“We reached the bottom,” said Diver Jane Deep, a spokeswoman for the team.';
    for (let i = 0; i < depth; i++) {
      const el = doc.createElement(i % 2 ? 'div' : 'section');
      el.appendChild(inner);
      inner = el;
    }
    doc.querySelector('article')!.appendChild(inner);
    return doc;
  };
}

/** One 10 MB text node of words, with quotes in it. */
function hugeTextNode(): Document {
  const chunk = 'word after word after word, “a quote here,” said Someone Person, and more words follow. ';
  const text = chunk.repeat(Math.ceil(10_000_000 / chunk.length)).slice(0, 10_000_000);
  const doc = parse(page('<article><h1>Huge text node</h1><p></p></article>'));
  doc.querySelector('p')!.appendChild(doc.createTextNode(text));
  return doc;
}

/** 1,000 JSON-LD blocks: 20 times the block cap. */
function manyJsonLd(): Document {
  const blocks = Array.from({ length: 1000 }, (_, i) => newsArticleLd(i)).join('');
  return parse(page(`<article><h1>Many blocks</h1><p>“Short text,” said Officer Jo Bloggs.</p></article>`, blocks));
}

/** One 5 MB JSON-LD block: five times the per-block cap. */
function hugeJsonLd(): Document {
  const graph = Array.from({ length: 40_000 }, (_, i) => ({
    '@type': 'Person',
    '@id': `#p${i}`,
    name: `Person ${i} ${'x'.repeat(80)}`,
  }));
  const json = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Big' }, ...graph] });
  const doc = parse(page(`<article><h1>Huge block</h1><p>“Short text,” said Officer Jo Bloggs.</p></article>`));
  const script = doc.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.textContent = json.length >= 5_000_000 ? json : json + ' '.repeat(5_000_000 - json.length);
  doc.head.appendChild(script);
  return doc;
}

const MARKS = ['“', '”', '"', '„', '«', '»', '‘', '’', "'", '「', '」', '‹', '›', '″', '‚'];

/** Unbalanced and mismatched quote marks everywhere: 5,000 paragraphs of random punctuation soup. */
function quoteSoup(): Document {
  const rand = seeded(7);
  const words = ['said', 'the', 'Minister', 'Jane', 'Doe', 'told', 'reporters', 'we', 'will', 'not', 'according', 'to', 'he', 'she'];
  const parts: string[] = [];
  for (let i = 0; i < 5_000; i++) {
    let p = '';
    for (let w = 0; w < 25; w++) {
      if (rand() < 0.35) p += MARKS[Math.floor(rand() * MARKS.length)]!;
      p += words[Math.floor(rand() * words.length)]!;
      p += rand() < 0.1 ? ', ' : ' ';
    }
    parts.push(`<p>${p}</p>`);
  }
  return parse(page(`<article><h1>Quote soup</h1>${parts.join('')}</article>`));
}

export const HOSTILE_CASES: HostileCase[] = [
  { name: '50,000 paragraphs', build: paragraphs, exceedsBudget: true },
  { name: '20,000 quote marks', build: quoteMarks, exceedsBudget: true },
  { name: 'DOM nesting 2,000 deep (main thread)', build: nested(2_000), exceedsBudget: false },
  { name: 'DOM nesting 5,000 deep (big-stack worker)', build: nested(5_000), deepWorker: 5_000, exceedsBudget: false },
  { name: '10 MB text node', build: hugeTextNode, exceedsBudget: true },
  { name: '1,000 JSON-LD blocks', build: manyJsonLd, exceedsBudget: true },
  { name: 'one 5 MB JSON-LD block', build: hugeJsonLd, exceedsBudget: true },
  { name: 'unbalanced/mismatched quote marks', build: quoteSoup, exceedsBudget: false },
];
