// Finds the pages to measure: the pinned fixture pages (test/corpus/<id>/ with expected-*.json,
// the same pages in every run so ratios compare across runs), plus each folder (or file)
// given on the command line: its <id>/source.html subfolders and its *.html files.
// A page's URL comes from the gold.json beside it when there is one (publisher checks use it).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

function pageAt(file, id) {
  const buf = readFileSync(file);
  let url = 'https://localhost/';
  let goldArticle = null;
  const gold = join(file, '..', 'gold.json');
  if (basename(file) === 'source.html' && existsSync(gold)) {
    try {
      const g = JSON.parse(readFileSync(gold, 'utf8'));
      if (typeof g.url === 'string') url = g.url;
      if (typeof g.isNewsArticle === 'boolean') goldArticle = g.isNewsArticle;
    } catch {
      /* unreadable labels: measure the page anyway */
    }
  }
  return { id, file, buf, bytes: buf.length, url, goldArticle, hash: createHash('sha1').update(buf).digest('hex') };
}

function pagesIn(dir, keep = () => true) {
  if (statSync(dir).isFile()) return [pageAt(dir, basename(dir).replace(/\.html?$/i, ''))];
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory() && existsSync(join(p, 'source.html')) && keep(p)) found.push(pageAt(join(p, 'source.html'), name));
    else if (st.isFile() && /\.html?$/i.test(name)) found.push(pageAt(p, name.replace(/\.html?$/i, '')));
  }
  return found;
}

/** Fixture pages first, then the extra folders; a page already seen (same bytes) is measured once. */
export function findPages(root, extraDirs) {
  const seen = new Set();
  const pages = [];
  const skipped = [];
  const pinned = (p) => existsSync(join(p, 'expected-provenance.json'));
  const dirs = [{ dir: join(root, 'test/corpus'), keep: pinned }, ...extraDirs.map((d) => ({ dir: resolve(d), keep: () => true }))];
  for (const { dir, keep } of dirs) {
    if (!existsSync(dir)) {
      skipped.push(`${dir}: not found`);
      continue;
    }
    for (const page of pagesIn(dir, keep)) {
      if (seen.has(page.hash)) continue;
      seen.add(page.hash);
      if (pages.some((p) => p.id === page.id)) page.id = `${page.id}~${page.hash.slice(0, 6)}`;
      pages.push(page);
    }
  }
  return { pages, skipped };
}

// jsdom reports every stylesheet it cannot parse; that is noise here.
const quiet = new VirtualConsole();

/** One parse of a page, as the CLI does it (bytes, so <meta charset> is honoured; no scripts run). */
export function parsePage(page) {
  return new JSDOM(page.buf, { url: page.url, contentType: 'text/html', virtualConsole: quiet });
}

export function parseHtml(html, url = 'https://localhost/') {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: quiet });
}

/** Every node of the document (elements, text, comments). */
export function countNodes(doc) {
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  let n = 1;
  while (walker.nextNode()) n++;
  return n;
}
