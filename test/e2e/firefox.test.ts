/**
 * dist/firefox in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi): the content
 * script, the quote marks and the hover card.
 *
 * Choice: the content script is injected on demand from the popup, and a BiDi-driven
 * Firefox will not open moz-extension:// pages in a tab (navigation refused; window.open()
 * from the page stayed on about:blank here). So the test runs a test-only variant of
 * dist/firefox (a temp copy, dist itself unchanged) that uses the product's *automatic
 * analysis* path instead: the reader's settings are seeded with 127.0.0.1 as an
 * auto-analysed site (a one-line extra background script), and content.js is declared for
 * http://127.0.0.1/* — what the background registers at run time for an opted-in site.
 * The content script then reads the settings, analyses, marks and shows cards on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
// @ts-expect-error plain ESM harness shared with `npm start`, no type declarations
import { launchFirefox, serve, testCopyOf } from '../../scripts/lib/browser.mjs';
import { ROOT, pointAtText, saveShot } from './helpers';

const SEED = `browser.storage.local.set({ settings: { version: 1, marks: true, markStyle: 'underline', autoSites: ['127.0.0.1'], exportFormat: 'json' } });\n`;

interface Server {
  base: string;
  url(id: string): string;
  close(): Promise<void>;
}

let server: Server;
let firefox: { browser: Browser; uuid: string; close(): Promise<void> };
let extensionDir: string;
let article: Page;

/** Polls `fn` until it returns a non-null value (puppeteer has no expect.poll). */
async function until<T>(fn: () => Promise<T | null>, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v !== null && v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, 'dist/firefox/content.js'))) throw new Error('dist/firefox is not built: run  node build.mjs  first');
  server = (await serve()) as Server;
  extensionDir = testCopyOf('firefox', (manifest: { background: { scripts: string[] }; content_scripts?: unknown }, dir: string) => {
    fs.writeFileSync(path.join(dir, 'test-seed.js'), SEED);
    manifest.background.scripts = ['test-seed.js', ...manifest.background.scripts];
    manifest.content_scripts = [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }];
  }) as string;
  firefox = await launchFirefox({ extensionDir });
  article = await firefox.browser.newPage();
  await article.setViewport({ width: 1100, height: 800 });
  await article.goto(server.url('hkfp-afp-un-xinjiang'), { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (extensionDir) fs.rmSync(extensionDir, { recursive: true, force: true });
});

describe('Firefox ESR', () => {
  it('the content script marks the quotes with a CSS highlight', async () => {
    const ranges = await until(
      () =>
        article.evaluate(() => {
          let n = 0;
          CSS.highlights.forEach((h, name) => {
            if (name.startsWith('pl-mark-')) n += h.size;
          });
          return n || null;
        }),
      'quote marks',
    );
    expect(ranges).toBeGreaterThanOrEqual(5);
  });

  it('hovering a marked quote shows the card with the speaker and role', async () => {
    await article.bringToFront();
    const point = await pointAtText(article, 'expect immediate results overnight');
    await article.mouse.move(point.x, point.y);
    const text = await until(
      () =>
        article.evaluate(() => {
          const host = [...document.documentElement.children].find((e) => e.localName.startsWith('provenance-lens-card-')) as HTMLElement | undefined;
          if (!host || host.style.display === 'none') return null;
          return host.shadowRoot?.querySelector('.card')?.textContent ?? null;
        }),
      'hover card',
    );
    expect(text).toContain('Ravina Shamdasani');
    expect(text).toMatch(/spokeswoman/i);
    await article.screenshot({ path: saveShot('firefox-page-hover.png') });
  });

  it('Escape closes the card', async () => {
    await article.keyboard.press('Escape');
    await until(
      () =>
        article.evaluate(() => {
          const host = [...document.documentElement.children].find((e) => e.localName.startsWith('provenance-lens-card-')) as HTMLElement | undefined;
          return !host || host.style.display === 'none' ? true : null;
        }),
      'card closed',
    );
  });
});
