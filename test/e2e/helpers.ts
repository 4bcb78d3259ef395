/**
 * Page-side probes shared by the browser tests. They run in the page's main world, which
 * shares the DOM (and the CSS highlight registry) with the content script's isolated world.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
// @ts-expect-error plain ESM harness shared with `npm start`, no type declarations
import { pointAtText as harnessPointAtText } from '../../scripts/lib/browser.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHOTS = path.join(ROOT, 'docs/screenshots');

export interface Gold {
  url: string;
  publisher: string | null;
  wireAgencies: string[];
  dateline: string | null;
  trustBadges: string[];
  quotes: { text: string; speaker: string | null; role: string | null; partial: boolean }[];
}

export function gold(id: string): Gold {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'test/corpus', id, 'gold.json'), 'utf8')) as Gold;
}

/** Waits for the popup to leave its loading state; returns the state it settled in. */
export async function popupState(popup: Page): Promise<string> {
  await popup.waitForSelector('#state:not([data-state="loading"])', { timeout: 15_000 });
  return (await popup.getAttribute('#state', 'data-state')) ?? '';
}

/** Every CSS highlight in the page: name → number of ranges. */
export function highlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = h.size;
    });
    return out;
  });
}

export function highlightCount(all: Record<string, number>, prefix: 'pl-mark-' | 'pl-focus-'): { names: number; ranges: number } {
  const names = Object.keys(all).filter((n) => n.startsWith(prefix));
  return { names: names.length, ranges: names.reduce((s, n) => s + (all[n] ?? 0), 0) };
}

/** Scrolls `snippet` (visible page text) into view and returns a point on its first characters (Playwright or Puppeteer page). */
export const pointAtText = harnessPointAtText as (page: unknown, snippet: string) => Promise<{ x: number; y: number }>;

/** The hover card's text when it is showing (read through its open shadow root), else null. */
export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = [...document.documentElement.children].find((e) => e.localName.startsWith('provenance-lens-card-')) as HTMLElement | undefined;
    if (!host || host.style.display === 'none') return null;
    const card = host.shadowRoot?.querySelector('.card');
    return card ? [...card.children].map((c) => c.textContent).join('\n') : null;
  });
}

export function saveShot(name: string): string {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, name);
}

/** null when equal, else 80 characters either side of the first difference (readable failures on whole-page HTML). */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))} vs ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`;
}
