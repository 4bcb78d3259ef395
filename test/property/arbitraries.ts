/**
 * fast-check arbitraries for the property tests: random article-like HTML (tokens that
 * exercise quote finding, speaker names, markup, bidi and zero-width characters, JSON-LD
 * garbage), and mutations of the real fixture pages.
 */
import fc from 'fast-check';

const MARKS = ['“', '”', '"', '„', '«', '»', '‘', '’', "'", '「', '」', '‹', '›', '‚', '″', '"'];
const WORDS = [
  'the', 'council', 'will', 'not', 'back', 'down', 'on', 'Monday', 'in', 'Geneva', 'a', 'spokeswoman', 'for', 'the',
  'ministry', 'according', 'to', 'he', 'she', 'they', 'it', 'we', 'Reuters', 'AFP', 'AP', '(AP)', '—', '-', 'By',
];
const NAMES = ['Jane Doe', 'Minister Anna Example', 'Dr. Kofi Mensah', 'Volker Türk', 'Ravina Shamdasani', 'the UN', 'OHCHR', 'Mr. Smith'];
const VERBS = ['said', 'says', 'told reporters', 'added', 'according to', 'wrote', 'warned', 'said in a statement'];
const ODD = [
  '&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">Corrections policy</a>',
  '\u202E', '\u202C', '\u2066', '\u2069', '\u200B', '\u200D', '\uFEFF', '\u00AD', '\n', '\t', '  ', '&nbsp;', '…', ':', ',', '.',
  '<br>', '</p>', '<p>', '<b>', '</b>', '</div>', '<!--', '-->', '<span hidden>hidden words</span>', '<script>var x="“no”";</script>',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map((s) => s.replace(/[<&]/g, ' ')) },
);
const text = fc.array(token, { maxLength: 30 }).map((ts) => ts.join(' '));

const TAGS = ['p', 'div', 'blockquote', 'li', 'h2', 'span', 'em', 'strong', 'article', 'figure', 'figcaption', 'aside', 'section', 'footer', 'q', 'cite', 'time'];

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 5 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
  ),
}));

/** JSON-LD blocks: valid-looking NewsArticles with wrong types, random JSON, and plain garbage. */
export const jsonLdGarbage = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 40 }),
  fc.record({
    '@type': fc.oneof(fc.constant('NewsArticle'), fc.jsonValue()),
    author: fc.oneof(fc.constantFrom(...NAMES).map((name) => ({ '@type': 'Person', name })), fc.jsonValue()),
    publisher: fc.oneof(fc.constant({ '@type': 'Organization', name: 'Example News', url: 'javascript:alert(1)' }), fc.jsonValue()),
    __proto__: fc.constant({ polluted: 'yes' }),
    '@id': fc.constantFrom('#a', '#b'),
    isPartOf: fc.constant({ '@id': '#a' }),
  }).map((o) => JSON.stringify(o)),
).map((s) => `<script type="application/ld+json">${s.replace(/<\/script/gi, '<\\/script')}</script>`);

/** A random page: maybe marked as an article, maybe with JSON-LD, a body of random nested blocks. */
export const randomPage = fc
  .record({
    article: fc.boolean(),
    ld: fc.array(jsonLdGarbage, { maxLength: 3 }),
    body: fc.array(node, { minLength: 1, maxLength: 12 }),
  })
  .map(({ article, ld, body }) =>
    `<!doctype html><html><head><title>Random</title>${article ? '<meta property="og:type" content="article">' : ''}${ld.join('')}</head>` +
    `<body><article>${body.join('')}</article></body></html>`,
  );

/** One change to a parsed page. Indices are taken modulo the number of elements. */
export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'shuffle'; at: number; seed: number }
  | { kind: 'quote-marks'; at: number; marks: string[] }
  | { kind: 'json-ld'; html: string }
  | { kind: 'truncate-text'; at: number; keep: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('shuffle' as const), at: fc.nat(), seed: fc.nat() }),
  fc.record({ kind: fc.constant('quote-marks' as const), at: fc.nat(), marks: fc.array(fc.constantFrom(...MARKS), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('json-ld' as const), html: jsonLdGarbage }),
  fc.record({ kind: fc.constant('truncate-text' as const), at: fc.nat(), keep: fc.nat({ max: 200 }) }),
);

/** Applies mutations to a parsed document (jsdom), as a hostile or broken page would differ. */
export function mutate(doc: Document, mutations: Mutation[]): void {
  for (const m of mutations) {
    const elements = Array.from(doc.body?.getElementsByTagName('*') ?? []);
    if (m.kind === 'json-ld') {
      const holder = doc.createElement('div');
      holder.innerHTML = m.html;
      (doc.head ?? doc.body)?.append(...Array.from(holder.childNodes));
      continue;
    }
    const el = elements.length ? elements[m.at % elements.length]! : null;
    if (!el) continue;
    if (m.kind === 'drop') el.remove();
    else if (m.kind === 'duplicate') el.after(el.cloneNode(true));
    else if (m.kind === 'shuffle') {
      const kids = Array.from(el.childNodes);
      let s = m.seed;
      for (let i = kids.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) >>> 0;
        const j = s % (i + 1);
        [kids[i], kids[j]] = [kids[j]!, kids[i]!];
      }
      el.replaceChildren(...kids);
    } else {
      const texts: Text[] = [];
      const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
      const t = texts.length ? texts[m.at % texts.length]! : null;
      if (!t) continue;
      if (m.kind === 'truncate-text') t.data = t.data.slice(0, m.keep);
      else {
        let data = t.data;
        for (const [i, mark] of m.marks.entries()) {
          const pos = data.length ? (m.at * (i + 7)) % (data.length + 1) : 0;
          data = data.slice(0, pos) + mark + data.slice(pos);
        }
        t.data = data;
      }
    }
  }
}

/** Cuts the HTML source at a position (a page cut off mid-download). */
export const truncateAt = fc.option(fc.double({ min: 0.05, max: 1, noNaN: true }), { nil: undefined });
