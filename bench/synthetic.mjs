// Linear growth: one synthetic news article at 1×, 2×, 4×, 8× its paragraphs. The page has what
// makes the engine work: a byline, a dateline, JSON-LD, navigation and footer chrome, and
// paragraphs with quotes in the usual attribution shapes. Deterministic (no randomness).
import { parseHtml } from './pages.mjs';
import { readabilityPass } from './jsdom.mjs';
import { collect, kb, median, ms, now, ratio, table, verdict } from './stats.mjs';

const PEOPLE = [
  ['Maria Keller', 'the city’s harbour commissioner'],
  ['David Osei', 'a spokesman for the Ministry of Transport'],
  ['Anna Lindqvist', 'an economist at Nordbank'],
  ['Tomás Herrera', 'the union’s regional secretary'],
  ['Priya Raman', 'a professor of urban planning at the University of Leeds'],
  ['John Whitaker', 'who chairs the council’s finance committee'],
  ['Li Wei', 'a shipping analyst at Harbor Insights'],
  ['Fatima Noor', 'a resident of the Eastside district'],
];
const SAYINGS = [
  'We have waited far too long for a decision on this',
  'The numbers simply do not add up for the families who live here',
  'This is the most important investment the region has made in a generation',
  'Nobody should pretend that the risks have gone away',
  'We will keep pushing until the work is finished on time',
  'It is a compromise, and compromises leave everyone a little unhappy',
];
const BACKGROUND = [
  'The harbour, which handled more than four million tonnes of cargo last year, has been at the centre of a long dispute over dredging and land use.',
  'Officials said the first phase would begin in the spring and last about eighteen months, depending on the weather and on the delivery of equipment.',
  'Critics have argued that the cost estimates leave out maintenance, which they say could double the bill over the next two decades.',
  'The vote followed months of public hearings in which hundreds of residents spoke for and against the plan.',
];

function paragraph(i) {
  const [name, role] = PEOPLE[i % PEOPLE.length];
  const last = name.split(' ').pop();
  const saying = `${SAYINGS[i % SAYINGS.length]} (point ${i + 1})`;
  const other = SAYINGS[(i + 3) % SAYINGS.length];
  switch (i % 6) {
    case 0:
      return `<p>“${saying},” said ${name}, ${role}.</p>`;
    case 1:
      return `<p>${name}, ${role}, said the proposal “${saying.toLowerCase()}.”</p>`;
    case 2:
      return `<p>“${saying},” ${last} told reporters on Tuesday. “${other}.”</p>`;
    case 3:
      return `<p>${BACKGROUND[i % BACKGROUND.length]} ${BACKGROUND[(i + 1) % BACKGROUND.length]}</p>`;
    case 4:
      return `<p>According to ${name}, the council will publish the full costing before the end of the year, and ${last} added that “${other.toLowerCase()}.”</p>`;
    default:
      return `<blockquote><p>“${saying}.”</p></blockquote><p>${BACKGROUND[(i + 2) % BACKGROUND.length]}</p>`;
  }
}

export function syntheticArticle(paragraphs) {
  const url = 'https://news.example.com/2026/11/28/harbour-plan-approved';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Council approves harbour plan after a year of debate',
    datePublished: '2026-11-28T09:30:00Z',
    dateModified: '2026-11-28T11:05:00Z',
    author: [{ '@type': 'Person', name: 'Sarah Mitchell' }],
    publisher: { '@type': 'NewsMediaOrganization', name: 'The Example Gazette', logo: { '@type': 'ImageObject', url: 'https://news.example.com/logo.png' } },
    mainEntityOfPage: url,
  };
  const nav = Array.from({ length: 24 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/story/${i}">Related story number ${i} about the harbour</a></li>`).join('');
  const body = Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council approves harbour plan after a year of debate | The Example Gazette</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Example Gazette">
<meta name="author" content="Sarah Mitchell"><link rel="canonical" href="${url}">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
</head><body>
<header><a href="/">The Example Gazette</a><nav><ul>${nav}</ul></nav></header>
<main><article>
<h1>Council approves harbour plan after a year of debate</h1>
<p class="byline">By <a rel="author" href="/authors/sarah-mitchell">Sarah Mitchell</a>, Associated Press</p>
<time datetime="2026-11-28T09:30:00Z">November 28, 2026</time>
<div class="article-body">
<p>PORTSMOUTH, England (AP) — The city council on Tuesday approved a plan to rebuild the harbour’s eastern docks, ending a year of debate.</p>
${body}
</div>
<p class="credit">Copyright 2026 The Associated Press. All rights reserved.</p>
</article>
<aside><h2>Related</h2><ul>${related}</ul></aside></main>
<footer><p>© 2026 The Example Gazette</p><ul>${nav}</ul></footer>
</body></html>`;
  return { html, url };
}

/**
 * Sizes are measured in rounds (1×, 2×, 4×, 8×, then again), so a busy moment on the shared
 * machine lands on every size alike instead of skewing the ratio between two of them.
 */
export function benchLinear(engine, { runs, warmup, base = 60 }) {
  const sizes = [1, 2, 4, 8].map((k) => {
    const { html, url } = syntheticArticle(base * k);
    return { k, paragraphs: base * k, bytes: Buffer.byteLength(html), html, url, dom: parseHtml(html, url), a: [], r: [], report: null };
  });
  collect();
  for (let round = 0; round < warmup + runs; round++) {
    for (const s of sizes) {
      const fresh = parseHtml(s.html, s.url);
      let t = now();
      s.report = engine.analyze(fresh.window.document, s.url);
      const ta = now() - t;
      fresh.window.close();
      t = now();
      readabilityPass(s.dom.window.document);
      const tr = now() - t;
      if (round >= warmup) {
        s.a.push(ta);
        s.r.push(tr);
      }
    }
  }
  const rows = sizes.map((s) => {
    s.dom.window.close();
    return {
      k: s.k,
      paragraphs: s.paragraphs,
      bytes: s.bytes,
      analyze: median(s.a),
      fastest: Math.min(...s.a),
      readability: median(s.r),
      quotes: s.report?.quotes?.length ?? 0,
      people: s.report?.people?.length ?? 0,
    };
  });
  const growth = rows.slice(1).map((r, i) => r.analyze / rows[i].analyze);
  const fastestGrowth = rows.slice(1).map((r, i) => r.fastest / rows[i].fastest);
  const slope = Math.log2(rows[3].analyze / rows[0].analyze) / 3;
  return { rows, growth, fastestGrowth, slope, worstGrowth: Math.max(...growth) };
}

/**
 * A step a few percent over 2.0 is within this machine's noise when the whole 1×→8× curve is
 * no steeper than linear; a real quadratic step shows as ~4× and an exponent well above 1.
 */
export function linearVerdict(l) {
  if (l.worstGrowth <= 2.0) return verdict(true);
  if (l.worstGrowth <= 2.2 && l.slope <= 1.0) return `met within noise (worst step ${ratio(l.worstGrowth)} ≤ 2.2, exponent ${ratio(l.slope)} ≤ 1.0)`;
  return verdict(false);
}

export function renderLinear(l) {
  const t = table(
    ['size', 'paragraphs', 'bytes', 'analyze ms', '× previous', 'fastest run ms', 'Readability ms', '× previous', 'quotes found', 'people'],
    l.rows.map((r, i) => [
      `${r.k}×`,
      r.paragraphs,
      kb(r.bytes),
      ms(r.analyze),
      i ? ratio(r.analyze / l.rows[i - 1].analyze) : '-',
      ms(r.fastest),
      ms(r.readability),
      i ? ratio(r.readability / l.rows[i - 1].readability) : '-',
      r.quotes,
      r.people,
    ]),
  );
  const lines = [
    t,
    '',
    `- doubling the paragraphs multiplied analyze time by ${l.growth.map(ratio).join(', ')} (fastest runs: ${l.fastestGrowth.map(ratio).join(', ')}); target ≤ 2.0 each: ${linearVerdict(l)}`,
    `- growth exponent from 1× to 8× (log2 of the time ratio / 3; 1.0 is linear): ${ratio(l.slope)}`,
  ];
  if (median(l.rows.map((r) => r.quotes)) === 0) lines.push('- the engine found no quotes on the synthetic page, so the quote extractor was not exercised here');
  return lines.join('\n');
}
