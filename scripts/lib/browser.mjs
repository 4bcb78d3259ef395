// A small harness for running the built extension in real browsers, shared by the
// end-to-end tests (test/e2e) and `npm start`. Plain ESM so both can import it.
//
//   serve({ pages })                 a static server on 127.0.0.1 for test/corpus (+ in-memory pages)
//   launchChromium({ headless })     Debian Chromium + dist/chrome via playwright-core
//   launchFirefox()                  Debian Firefox ESR + dist/firefox via puppeteer-core (WebDriver BiDi)
//
// See ../../test/e2e/README.md (recipe verified in Debian 12 with Chromium 156 / Firefox 153 ESR).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'test/corpus');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_ESR_PATH ?? '/usr/bin/firefox-esr';
export const SAMPLE = 'hkfp-afp-un-xinjiang';

/**
 * Serves `test/corpus/<id>/source.html` at `/<id>/` and any in-memory `pages`
 * (`{'/xss/': '<html>…'}`) on a random port of 127.0.0.1. Only GET, only those paths:
 * every other request gets a 404 and is recorded in `misses` (a fixture that tried to
 * load something shows up there).
 */
export async function serve({ pages = {} } = {}) {
  const misses = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body = pages[url.pathname];
    const m = /^\/([a-z0-9-]+)\/$/.exec(url.pathname);
    if (body === undefined && m) {
      const file = path.join(FIXTURES, m[1], 'source.html');
      if (fs.existsSync(file)) body = fs.readFileSync(file);
    }
    if (body === undefined) {
      misses.push(url.pathname);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, misses, url: (id) => `${base}/${id}/`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * A copy of a built extension for testing, with host access added.
 * Why: the product asks for `activeTab` only, which the browser grants when the reader
 * clicks the toolbar button. A test opens `popup.html?tabId=N` in a tab instead, which
 * grants nothing, so the test build holds the host permission a reader would otherwise
 * grant by clicking. Everything else is the built extension, byte for byte.
 */
export function testCopyOf(browser, patch = () => {}) {
  const src = path.join(ROOT, 'dist', browser);
  if (!fs.existsSync(path.join(src, 'manifest.json'))) throw new Error(`dist/${browser} is missing: run  node build.mjs  first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `provenance-lens-${browser}-`));
  fs.cpSync(src, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*', 'https://*/*', 'http://*/*'];
  patch(manifest, dir);
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const missing = referencedFiles(manifest).filter((f) => !fs.existsSync(path.join(dir, f)));
  // Chromium refuses such an extension silently (no service worker ever starts): say why instead.
  if (missing.length) throw new Error(`dist/${browser} cannot load: manifest.json names missing files: ${missing.join(', ')}`);
  return dir;
}

/** Files without which Chromium does not load the extension at all (icons, options page, background). */
function referencedFiles(m) {
  return [
    m.options_ui?.page,
    ...Object.values(m.icons ?? {}),
    ...Object.values(m.action?.default_icon ?? {}),
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
  ].filter((f) => typeof f === 'string');
}

/**
 * Debian Chromium with the extension loaded (persistent context: extensions need one).
 * Returns { context, worker, extensionId, extensionDir, close }.
 */
export async function launchChromium({ headless = true, viewport = { width: 1100, height: 800 }, extensionDir } = {}) {
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`);
  const ext = extensionDir ?? testCopyOf('chrome');
  // Lets context.on('request') see the extension service worker's own requests too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    // Playwright already adds --no-sandbox (root), --disable-background-networking, --disable-component-update,
    // --disable-sync, --no-first-run; these keep the browser itself quiet on the network too.
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
      '--disable-domain-reliability',
      '--no-pings',
    ],
  });
  context.setDefaultTimeout(10_000);
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 10_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionDir: ext,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
      if (!extensionDir) fs.rmSync(ext, { recursive: true, force: true });
    },
  };
}

/**
 * Offline browsing with fixtures at their real addresses: a request for one of `pages`
 * (`{ 'https://hongkongfp.com/…': 'hkfp-afp-un-xinjiang' }`) is answered from the local
 * fixture server, so the page has its real URL (publisher and registry checks use it)
 * while nothing leaves the machine; 127.0.0.1 passes through; every other request is
 * refused at once (fixtures reference images and scripts on the real sites) and logged.
 *
 * Returns the log of every request the context saw: { url, from } where `from` is the
 * URL of the page or service worker that made it.
 */
export async function offline(context, server, pages = {}) {
  const log = [];
  const from = (request) => {
    try {
      const sw = request.serviceWorker?.();
      if (sw) return sw.url();
      return request.frame().url();
    } catch {
      return '(unknown)';
    }
  };
  context.on('request', (request) => log.push({ url: request.url(), from: from(request), at: Date.now() }));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const id = pages[url.replace(/#.*$/, '')];
    if (id) {
      const res = await fetch(server.url(id));
      return route.fulfill({ status: res.status, contentType: 'text/html; charset=utf-8', body: await res.text() });
    }
    // The extension's own pages and scripts (chrome-extension://) are routed too: let them through.
    if (!/^https?:/.test(url) || /^https?:\/\/127\.0\.0\.1[:/]/.test(url)) return route.continue();
    return route.abort('blockedbyclient');
  });
  return log;
}

/**
 * The id of the tab showing `url` (asked of the extension's own service worker): the
 * active one when several show it (a page just opened is active), else the newest.
 */
export function tabIdFor(worker, url) {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ url: u });
    return (tabs.find((t) => t.active) ?? tabs.sort((a, b) => b.id - a.id)[0])?.id ?? null;
  }, url);
}

/** Opens the popup page for a tab, the way the toolbar button does but in a tab a test can drive. */
export async function openPopup(context, extensionId, tabId, { width = 400, height = 600 } = {}) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width, height });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * Runs the analysis in a tab exactly as the background does for the popup: inject
 * content.js, then send `analyze`. Used where a test needs the content script without
 * the popup. Returns the content script's reply (`{ok, value: report}`).
 */
export function analyzeInTab(worker, tabId, { force = false, settings = { marks: true, markStyle: 'underline' } } = {}) {
  return worker.evaluate(
    async ({ tabId, force, settings }) => {
      await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      return chrome.tabs.sendMessage(tabId, { type: 'analyze', force, settings });
    },
    { tabId, force, settings },
  );
}

/** Sends one message to the content script of a tab (from the service worker). */
export function sendToTab(worker, tabId, message) {
  return worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message });
}

/**
 * Debian Firefox ESR with the extension installed as a temporary add-on over WebDriver BiDi.
 * `extensionDir` must have `browser_specific_settings.gecko.id`; its moz-extension UUID is
 * fixed so pages can be addressed. Returns { browser, uuid, close }.
 */
export async function launchFirefox({ extensionDir, headless = true }) {
  const { default: puppeteer } = await import('puppeteer-core');
  if (!fs.existsSync(FIREFOX)) throw new Error(`Firefox ESR not found at ${FIREFOX}: apt-get install -y --no-install-recommends firefox-esr`);
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  const uuid = '6b0f3e52-7c1d-4e8a-9a43-2f1d5c0b7e11';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Quiet: no telemetry, updates, safe-browsing lists or captive-portal checks.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Offline: every non-loopback request goes to a closed local port and fails at once
      // (fixtures reference images and scripts on their real sites); 127.0.0.1 is never proxied.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  });
  await browser.installExtension(extensionDir);
  return { browser, uuid, close: () => browser.close().catch(() => {}) };
}

/**
 * Scrolls `snippet` (visible page text) into view and returns a point on its first characters,
 * for hovering a quote. Works with Playwright and Puppeteer pages alike (both `evaluate(fn, arg)`).
 */
export async function pointAtText(page, snippet) {
  const point = await page.evaluate(async (text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf(text);
      if (at < 0) continue;
      // Instant: also stops a smooth scroll still running (from "scroll to quote"), which would move the text away.
      n.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const r = document.createRange();
      r.setStart(n, at + 2);
      r.setEnd(n, at + 4);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, snippet);
  if (!point) throw new Error(`text not in page: ${snippet}`);
  return point;
}
