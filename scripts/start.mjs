#!/usr/bin/env node
// `npm start`: shows Provenance Lens working on the bundled sample article.
//
//  1. builds the extension and the CLI (node build.mjs --dev);
//  2. serves test/corpus/hkfp-afp-un-xinjiang from 127.0.0.1, at the article's real address
//     (requests for it are answered locally; nothing else is fetched);
//  3. opens Chromium with the extension loaded on it — a visible window when a display is
//     available ($DISPLAY), headless otherwise — and opens the popup for the article's tab;
//  4. hovers a quote, writes screenshots of the page and the popup to shots/, and prints the
//     report summary (the CLI's --summary card) in the terminal.
// With a display the browser stays open until you close it (or press Ctrl-C).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SAMPLE, launchChromium, offline, openPopup, pointAtText, serve, tabIdFor } from './lib/browser.mjs';

const SHOTS = path.join(ROOT, 'shots');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/corpus', SAMPLE, 'gold.json'), 'utf8'));
const step = (msg) => console.log(`• ${msg}`);

execFileSync(process.execPath, ['scripts/ensure-browsers.mjs', 'chromium'], { cwd: ROOT, stdio: 'inherit' });
step('building (node build.mjs --dev)');
execFileSync(process.execPath, ['build.mjs', '--dev'], { cwd: ROOT, stdio: 'inherit' });

const server = await serve();
step(`serving the sample article from ${server.url(SAMPLE)} as ${gold.url}`);
step(`starting Chromium ${headed ? 'with a window' : 'headless (no $DISPLAY)'} with the extension loaded`);
const browser = await launchChromium({ headless: !headed, viewport: { width: 1200, height: 850 } });
let exitCode = 0;
try {
  await offline(browser.context, server, { [gold.url]: SAMPLE });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(gold.url, { waitUntil: 'load' });
  const tabId = await tabIdFor(browser.worker, gold.url);

  const popup = await openPopup(browser.context, browser.extensionId, tabId, { width: 400, height: 720 });
  await popup.waitForSelector('#state:not([data-state="loading"])', { timeout: 20_000 });
  const state = await popup.getAttribute('#state', 'data-state');
  const line = (await popup.textContent('#provenance-line').catch(() => null)) ?? '(no provenance line)';
  fs.mkdirSync(SHOTS, { recursive: true });
  await popup.screenshot({ path: path.join(SHOTS, 'popup.png'), fullPage: true, caret: 'initial' });

  // The reader's view: the article with its quotes marked and one hover card open.
  await page.bringToFront();
  const point = await pointAtText(page, 'expect immediate results overnight').catch(() => null);
  if (point) {
    await page.mouse.move(point.x, point.y);
    await page
      .waitForFunction(() => [...document.documentElement.children].some((e) => e.localName.startsWith('provenance-lens-card-') && e.style.display !== 'none'), null, { timeout: 3000 })
      .catch(() => {});
  }
  await page.screenshot({ path: path.join(SHOTS, 'page.png'), caret: 'initial' });

  console.log(`\nPopup state: ${state}\nPopup says:  ${line.trim()}\n`);
  console.log('Report summary (node dist/cli.mjs analyze … --summary):\n');
  console.log(
    execFileSync(process.execPath, ['dist/cli.mjs', 'analyze', path.join('test/corpus', SAMPLE, 'source.html'), '--url', gold.url, '--summary'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  console.log(`Screenshots: ${path.relative(process.cwd(), path.join(SHOTS, 'page.png'))}, ${path.relative(process.cwd(), path.join(SHOTS, 'popup.png'))}`);
  if (state !== 'ready') exitCode = 1;

  if (headed) {
    console.log('\nThe browser stays open: hover the dotted quotes, try the popup tab. Close the window (or Ctrl-C) to finish.');
    await new Promise((resolve) => {
      browser.context.on('close', resolve);
      process.once('SIGINT', resolve);
    });
  }
} catch (e) {
  console.error(`npm start failed: ${e instanceof Error ? e.message : String(e)}`);
  exitCode = 1;
} finally {
  await browser.close();
  await server.close();
  process.exitCode = exitCode;
}
