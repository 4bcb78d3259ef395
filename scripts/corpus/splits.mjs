#!/usr/bin/env node
// Writes test/corpus/SPLITS.tsv: train / dev / test about 60/20/20, every page of one site
// (host name) in one split, so a site's template never leaks from train into test.
//
//   node scripts/corpus/splits.mjs [--check]
//
// Deterministic: sites are taken in the order of a hash of their name and each goes to the
// split furthest below its share, first the sites with wire copy, then non-English ones,
// then non-articles, then the rest, so each kind is spread over the three splits. Pages the
// engine was built against before the corpus existed (the 19 pages that came with labels,
// `builtAgainst` below) all go to train: a figure measured on them would flatter the engine.
// A page keeps its split once assigned (pages are only ever added), unless --reassign.
// --check exits 1 when SPLITS.tsv is not what this script would write.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { siteOf } from './site.mjs';

const CORPUS = path.resolve(new URL('../../test/corpus', import.meta.url).pathname);
const SHARES = { train: 0.6, dev: 0.2, test: 0.2 };
const builtAgainst = new Set([
  'ap-eee-cbsdetroit', 'ap-lebron', 'ap-sondland', 'bbc-obama-guns', 'chron-carsales', 'cs-westham-aktualne',
  'guardian-whales', 'hkfp-afp-un-xinjiang', 'neg-mozilla', 'neg-stuttgart-portal', 'neg-wikipedia', 'nypost-taliban',
  'opinion-heraldsun', 'opinion-letters-mercurynews', 'pr-ascom-partnership', 'pti-impeach-deccan',
  'reuters-hitler-nbc', 'reuters-markets', 'zh-deepmind-qq',
]);

const args = new Set(process.argv.slice(2));
const file = path.join(CORPUS, 'SPLITS.tsv');
const previous = new Map();
if (fs.existsSync(file) && !args.has('--reassign'))
  for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [id, split] = line.split('\t');
    if (id && split) previous.set(id, split);
  }

const pages = fs
  .readdirSync(CORPUS)
  .filter((id) => fs.existsSync(path.join(CORPUS, id, 'gold.json')))
  .sort()
  .map((id) => ({ id, gold: JSON.parse(fs.readFileSync(path.join(CORPUS, id, 'gold.json'), 'utf8')) }));

const bySite = new Map();
for (const p of pages) {
  const site = siteOf(p.id, p.gold);
  if (!bySite.has(site)) bySite.set(site, []);
  bySite.get(site).push(p);
}

const assigned = new Map();
const count = { train: 0, dev: 0, test: 0 };
const place = (group, split) => {
  for (const p of group) assigned.set(p.id, split);
  count[split] += group.length;
};
// Sites already placed keep their split (a site never straddles two).
for (const [, group] of bySite) {
  const known = group.map((p) => (builtAgainst.has(p.id) ? 'train' : previous.get(p.id))).find(Boolean);
  if (known) place(group, known);
}
const hash = (s) => createHash('sha1').update(s).digest('hex');
const kind = (group) =>
  group.some((p) => p.gold.wireAgencies.length) ? 0 : group.some((p) => p.gold.lang !== 'en') ? 1 : group.some((p) => !p.gold.isNewsArticle) ? 2 : 3;
const open = [...bySite].filter(([, g]) => !assigned.has(g[0].id)).sort((a, b) => kind(a[1]) - kind(b[1]) || hash(a[0]).localeCompare(hash(b[0])));
const perKind = [0, 1, 2, 3].map(() => ({ train: 0, dev: 0, test: 0 }));
for (const [, group] of open) {
  const k = perKind[kind(group)];
  const total = Object.values(k).reduce((a, b) => a + b, 0) + group.length;
  const split = Object.keys(SHARES).sort((a, b) => SHARES[b] * total - k[b] - (SHARES[a] * total - k[a]))[0];
  k[split] += group.length;
  place(group, split);
}

const out = ['id\tsplit', ...pages.map((p) => `${p.id}\t${assigned.get(p.id)}`)].join('\n') + '\n';
if (args.has('--check')) {
  const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === out;
  console.log(same ? 'SPLITS.tsv is current' : 'SPLITS.tsv is not what scripts/corpus/splits.mjs writes: run it');
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(file, out);
console.log(`SPLITS.tsv: ${pages.length} pages, ${bySite.size} sites — train ${count.train}, dev ${count.dev}, test ${count.test}`);
