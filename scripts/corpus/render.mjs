#!/usr/bin/env node
// Renders saved pages as a reader sees them, for labelling (test/corpus/LABELS.md):
// Debian Chromium, scripts off, every network request refused, then the page's visible
// text (innerText, which leaves out hidden elements, <script>, <style>) and optionally a
// full-page screenshot. Labels are written from this, never from the engine's output.
//
//   node scripts/corpus/render.mjs --out DIR [--shots] PAGE_DIR...
//
// PAGE_DIR holds source.html (test/corpus/<id>/ or a pool folder); writes DIR/<id>.txt
// (and DIR/<id>.png with --shots). The text marks block boundaries with blank lines and
// keeps image alt texts and figure captions, which carry photo credits.
import fs from 'node:fs';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../lib/browser.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
if (outIndex < 0 || !args[outIndex + 1]) {
  console.error('usage: render.mjs --out DIR [--shots] PAGE_DIR...');
  process.exit(2);
}
const out = args[outIndex + 1];
const shots = args.includes('--shots');
const dirs = args.filter((a, i) => i !== outIndex && i !== outIndex + 1 && a !== '--shots');
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
// Only the saved file itself: no network, and no navigation away from it (a meta refresh to another URL).
let current = '';
// The page itself is served with its meta refreshes taken out: with scripts off, Chromium obeys
// one inside <noscript> ("JavaScript bitte aktivieren") and would show an error page instead.
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>/giu;
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url === current && route.request().isNavigationRequest()) {
    const bytes = fs.readFileSync(new URL(url));
    const html = bytes.toString('latin1').replace(META_REFRESH, '');
    // a page saved as UTF-8 whatever its <meta charset> says reads as the site served it (as src/cli/load.ts does)
    const contentType = bytes.some((b) => b > 0x7f) && isUtf8(bytes) ? 'text/html; charset=utf-8' : 'text/html';
    return route.fulfill({ status: 200, contentType, body: Buffer.from(html, 'latin1') });
  }
  const allowed = url.startsWith('file:') && !route.request().isNavigationRequest();
  return allowed ? route.continue() : route.abort();
});
for (const dir of dirs) {
  const id = path.basename(path.resolve(dir));
  const file = path.resolve(dir, 'source.html');
  if (!fs.existsSync(file)) continue;
  // A page of its own per file: a refresh or error page must not carry over to the next one.
  const page = await context.newPage();
  try {
    current = `file://${file}`;
    await page.goto(current, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    // A <meta http-equiv="refresh"> would navigate away (scripts are off, refresh is not): read
    // the page as it was loaded, and give up on one that has gone after a second try.
    const read = () => page.evaluate(() => {
      // innerText of the body, with a marker where an image's alt text or a caption sits.
      for (const img of document.querySelectorAll('img[alt]')) {
        const alt = img.getAttribute('alt')?.trim();
        if (alt) img.insertAdjacentText('afterend', ` [img: ${alt}] `);
      }
      return document.body?.innerText ?? '';
    });
    const text = await read().catch(async () => {
      await page.waitForLoadState('domcontentloaded');
      return read();
    });
    const title = await page.title();
    fs.writeFileSync(path.join(out, `${id}.txt`), `TITLE: ${title}\n\n${text.replace(/\n{3,}/g, '\n\n')}\n`);
    if (shots) await page.screenshot({ path: path.join(out, `${id}.png`), fullPage: true, timeout: 30_000 }).catch(() => {});
    console.log(`${id}: ${text.length} characters`);
  } catch (e) {
    console.log(`${id}: FAILED ${String(e.message).split('\n')[0]}`);
  } finally {
    await page.close();
  }
}
await browser.close();
