/**
 * The labelled corpus as an instrument (issue #13): labels that hold to LABELS.md, splits that
 * keep each site in one split, and the engine's figures on the dev split and the quote corpora's
 * dev splits at or above the floors in floors.json (today's figures minus a small margin,
 * raised as the engine improves). A floor, never a timed test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from '../../src/cli/load';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusPages, quoteDocs, readSplits, runPages, runQuotes, SPLITS } from '../../scripts/eval/corpus';
import { figures } from '../../scripts/eval/score-pages';
import { quoteFigures } from '../../scripts/eval/score-quotes';
import { checkGold } from '../../scripts/corpus/gold-rules.mjs';
import { siteOf } from '../../scripts/corpus/site.mjs';

const pages = corpusPages('all');
const floors = JSON.parse(readFileSync(join(CORPUS, 'floors.json'), 'utf8')) as Record<string, Record<string, number>>;

/** Figures under their floor, as "key figure < floor" (an empty list when all hold). */
function shortOf(fig: Record<string, number>, floor: Record<string, number> | undefined): string[] {
  expect(floor, 'floors.json has floors for this run').toBeDefined();
  return Object.entries(floor ?? {})
    .filter(([k, v]) => !((fig[k] ?? -Infinity) >= v))
    .map(([k, v]) => `${k} ${fig[k]?.toFixed(3) ?? 'missing'} < ${v}`);
}

describe('the labels', () => {
  it.each(pages.map((p) => [p.id, p] as const))('%s: every field present, in its vocabulary, and what it quotes is printed on the page', (id, page) => {
    // The page decoded as the CLI decodes it (BOM, <meta charset>, a stale charset on a UTF-8 save).
    const { dom } = loadPage(join(page.dir, 'source.html'));
    const doc = dom.window.document;
    const alts = Array.from(doc.querySelectorAll('img[alt]'), (i) => i.getAttribute('alt')).join('\n');
    const text = `${doc.title}\n${doc.body?.textContent ?? ''}\n${alts}`;
    dom.window.close();
    expect(checkGold(page.gold as unknown as Record<string, unknown>, id, text)).toEqual([]);
  });
});

describe('the splits', () => {
  const splits = readSplits();
  it('name every corpus page once, and only corpus pages', () => {
    expect([...splits.keys()].sort()).toEqual(pages.map((p) => p.id));
  });
  it('keep every site in one split, so no template leaks from train into dev or test', () => {
    const splitOfSite = new Map<string, Set<string>>();
    for (const p of pages) {
      const site = siteOf(p.id, p.gold);
      splitOfSite.set(site, (splitOfSite.get(site) ?? new Set()).add(p.split));
    }
    const straddling = [...splitOfSite].filter(([, s]) => s.size > 1).map(([site, s]) => `${site}: ${[...s].join('+')}`);
    expect(straddling).toEqual([]);
  });
  it('are about 60/20/20', () => {
    for (const [split, share] of [['train', 0.6], ['dev', 0.2], ['test', 0.2]] as const) {
      const n = pages.filter((p) => p.split === split).length;
      expect(Math.abs(n / pages.length - share), `${split}: ${n} of ${pages.length}`).toBeLessThan(0.08);
    }
    expect(SPLITS).toEqual(['train', 'dev', 'test']);
  });
});

describe('the engine on the dev split stays at or above its floors', () => {
  it('labelled pages (dev split)', () => {
    const run = runPages(corpusPages('dev'));
    expect(run.results.filter((r) => r.error).map((r) => `${r.id}: ${r.error}`)).toEqual([]);
    expect(shortOf(figures(run.totals), floors['dev'])).toEqual([]);
  }, 300_000);
  it.each(['polnear', 'wikinews_de'] as const)('%s dev', (set) => {
    const run = runQuotes(quoteDocs(set, 'dev'));
    expect(shortOf(quoteFigures(run.totals), floors[`${set}-dev`])).toEqual([]);
  }, 300_000);
});
