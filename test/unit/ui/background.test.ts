/**
 * Background message handling (src/background/handlers.ts) and page restrictions
 * (src/background/restricted.ts): only our own extension is trusted, payloads are validated,
 * and restricted pages are recognised before any injection.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, type BackgroundDeps } from '../../../src/background/handlers';
import { failureFromInjectionError, isHtmlContentType, isRestrictedUrl } from '../../../src/background/restricted';
import type { AnalyzeReply, SenderLike } from '../../../src/messages';
import { fakeReport } from './fake-report';
import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = resolve(__dirname, '../../corpus');
import { readPage, completeReport } from '../../../src/extract/index';
import { loadPage } from '../../../src/cli/load';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup: SenderLike = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript: SenderLike = { id: ID, url: 'https://hongkongfp.com/2024/08/27/x/', tab: { id: 7 }, frameId: 0 };

function setup() {
  const reply: AnalyzeReply = { ok: true, value: fakeReport() };
  const deps: BackgroundDeps = {
    runtimeId: ID,
    extensionOrigin: ORIGIN,
    analyzeTab: vi.fn(() => Promise.resolve(reply)),
    setBadge: vi.fn(() => Promise.resolve()),
    interpret: vi.fn((reading) => ({ ok: true as const, value: completeReport(reading) })),
    autoSettings: vi.fn((url: string) => Promise.resolve(url.includes('hongkongfp.com') ? { marks: true, markStyle: 'tint' as const } : null)),
  };
  return { deps, listener: createMessageListener(deps), reply };
}

describe('background message listener', () => {
  it('analyses the tab the popup names and answers with the report', async () => {
    const { deps, listener, reply } = setup();
    await expect(listener({ type: 'analyze-tab', tabId: 12, force: true }, popup)).resolves.toEqual(reply);
    expect(deps.analyzeTab).toHaveBeenCalledWith(12, true);
  });

  it('ignores messages from other extensions or web pages', () => {
    const { deps, listener } = setup();
    expect(listener({ type: 'analyze-tab', tabId: 12, force: false }, { ...popup, id: 'someone-else' })).toBeUndefined();
    expect(listener({ type: 'analyze-tab', tabId: 12, force: false }, { url: 'https://evil.example/' })).toBeUndefined();
    expect(deps.analyzeTab).not.toHaveBeenCalled();
  });

  it('refuses analyse requests from a content script (it runs inside pages we do not control)', () => {
    const { deps, listener } = setup();
    expect(listener({ type: 'analyze-tab', tabId: 3, force: false }, contentScript)).toBeUndefined();
    expect(deps.analyzeTab).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'eval', code: 'alert(1)' }],
    ['a string', 'analyze-tab'],
    ['null', null],
    ['a negative tab id', { type: 'analyze-tab', tabId: -1, force: false }],
    ['a fractional tab id', { type: 'analyze-tab', tabId: 1.5, force: false }],
    ['a string tab id', { type: 'analyze-tab', tabId: '1', force: false }],
    ['a missing force flag', { type: 'analyze-tab', tabId: 1 }],
  ])('ignores %s (returns undefined, so no response is sent)', (_what, message) => {
    const { deps, listener } = setup();
    expect(listener(message, popup)).toBeUndefined();
    expect(deps.analyzeTab).not.toHaveBeenCalled();
  });

  it("sets the badge of the reporting content script's own tab after an automatic analysis", async () => {
    const { deps, listener } = setup();
    await listener({ type: 'report-ready', badgeText: 'AFP', isArticle: true }, contentScript);
    expect(deps.setBadge).toHaveBeenCalledWith(7, 'AFP');
  });

  it('clears the badge when the auto-analysed page is not an article', async () => {
    const { deps, listener } = setup();
    await listener({ type: 'report-ready', badgeText: 'X', isArticle: false }, contentScript);
    expect(deps.setBadge).toHaveBeenCalledWith(7, '');
  });

  it('ignores report-ready from a subframe, without a tab, or with an over-long badge', () => {
    const { deps, listener } = setup();
    expect(listener({ type: 'report-ready', badgeText: 'AFP', isArticle: true }, { ...contentScript, frameId: 3 })).toBeUndefined();
    expect(listener({ type: 'report-ready', badgeText: 'AFP', isArticle: true }, { id: ID, url: popup.url })).toBeUndefined();
    expect(listener({ type: 'report-ready', badgeText: 'ABCDEFGHIJ', isArticle: true }, contentScript)).toBeUndefined();
    expect(deps.setBadge).not.toHaveBeenCalled();
  });
});

describe('automatic analysis settings for the content script', () => {
  it("answers with the mark settings for the content script's own page when its site was chosen", async () => {
    const { deps, listener } = setup();
    await expect(listener({ type: 'auto-settings' }, contentScript)).resolves.toEqual({ marks: true, markStyle: 'tint' });
    expect(deps.autoSettings).toHaveBeenCalledWith(contentScript.url);
  });

  it('answers null for a page on a site that was not chosen', async () => {
    const { listener } = setup();
    await expect(listener({ type: 'auto-settings' }, { ...contentScript, url: 'https://elsewhere.example/a' })).resolves.toBeNull();
  });

  it('does not answer the popup, a subframe or a sender without a page URL', () => {
    const { deps, listener } = setup();
    expect(listener({ type: 'auto-settings' }, popup)).toBeUndefined();
    expect(listener({ type: 'auto-settings' }, { ...contentScript, frameId: 1 })).toBeUndefined();
    expect(listener({ type: 'auto-settings' }, { ...contentScript, url: undefined })).toBeUndefined();
    expect(deps.autoSettings).not.toHaveBeenCalled();
  });
});

describe('finishing a page reading for the content script', () => {
  const page = `<html lang="en"><head><title>Mayor speaks | Daily Planet</title>
    <meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-01T10:00:00Z"></head>
    <body><article><h1>Mayor speaks</h1>
    <p>“We will rebuild the bridge by spring,” Mayor Jane Doe said on Monday, standing by the river.</p>
    <p>“It is the city's lifeline,” she added, “and it will carry twice the traffic.”</p>
    <p>The council meets again next week to vote on the budget for the work, officials said.</p></article></body></html>`;
  const reading = () => readPage(new JSDOM(page, { url: 'https://planet.example/news/bridge' }).window.document, 'https://planet.example/news/bridge');

  it("answers our content script's reading with the report, quotes credited outside the page", async () => {
    const { deps, listener } = setup();
    const reply = (await listener({ type: 'interpret-reading', reading: reading() }, contentScript)) as AnalyzeReply;
    expect(deps.interpret).toHaveBeenCalledOnce();
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value.quotes.map((q) => q.speaker)).toEqual(['Jane Doe', 'Jane Doe', 'Jane Doe']);
    expect(reply.value.quotes[0]!.anchor.exact).toBe('We will rebuild the bridge by spring,');
  });

  it('gives the same report as analysing the page in one go (the CLI path)', async () => {
    const { listener } = setup();
    const reply = (await listener({ type: 'interpret-reading', reading: reading() }, contentScript)) as AnalyzeReply;
    const { analyze } = await import('../../../src/extract/index');
    const whole = analyze(new JSDOM(page, { url: 'https://planet.example/news/bridge' }).window.document, 'https://planet.example/news/bridge');
    expect(reply.ok && { ...reply.value, elapsedMs: 0 }).toEqual({ ...whole, elapsedMs: 0 });
  });

  // One corpus page in eight (sorted ids, so every source and language shows up): the boundary is
  // the same code for every page, and 300 pages would only make the suite slower.
  const sample = readdirSync(FIXTURES)
    .filter((id) => existsSync(join(FIXTURES, id, 'gold.json')))
    .sort()
    .filter((_, i) => i % 8 === 0);
  it.each(sample)(
    'accepts the reading of the real page %s and answers as analysing it in one go would',
    async (id) => {
      const { url } = JSON.parse(readFileSync(join(FIXTURES, id, 'gold.json'), 'utf8')) as { url: string | null };
      // decoded as the CLI decodes it (charset, stylesheets jsdom cannot parse)
      const open = () => loadPage(join(FIXTURES, id, 'source.html'), url ?? undefined).dom.window;
      const first = open();
      // What crosses the message boundary is a structured clone.
      const sent = structuredClone(readPage(first.document, url, { force: true }));
      first.close();
      const { listener } = setup();
      const reply = (await listener({ type: 'interpret-reading', reading: sent }, contentScript)) as AnalyzeReply | undefined;
      expect(reply?.ok).toBe(true);
      const { analyze } = await import('../../../src/extract/index');
      const second = open();
      const whole = analyze(second.document, url, { force: true });
      second.close();
      expect(reply?.ok && { ...reply.value, elapsedMs: 0 }).toEqual({ ...whole, elapsedMs: 0 });
    },
  );

  it('refuses a reading from the popup, a subframe or another extension', () => {
    const { deps, listener } = setup();
    const msg = { type: 'interpret-reading', reading: reading() };
    expect(listener(msg, popup)).toBeUndefined();
    expect(listener(msg, { ...contentScript, frameId: 2 })).toBeUndefined();
    expect(listener(msg, { ...contentScript, id: 'someone-else' })).toBeUndefined();
    expect(deps.interpret).not.toHaveBeenCalled();
  });

  it.each([
    ['no reading', (r: Record<string, unknown>) => ({ ...r, reading: undefined })],
    ['a report of another schema', (r: Record<string, unknown>) => ({ ...r, reading: { ...(r.reading as object), report: { schemaVersion: 2 } } })],
    ['paragraph offsets that are not numbers', (r: Record<string, unknown>) => {
      const rd = r.reading as ReturnType<typeof reading>;
      return { ...r, reading: { ...rd, quoteText: { indexText: 'x', paragraphs: [{ text: 'x', localStarts: ['0'], indexStarts: [0], prose: true }] } } };
    }],
    ['a budget without limits', (r: Record<string, unknown>) => ({ ...r, reading: { ...(r.reading as object), budget: { nodes: 1 } } })],
  ])('ignores a reading with %s', (_what, spoil) => {
    const { deps, listener } = setup();
    expect(listener(spoil({ type: 'interpret-reading', reading: reading() }), contentScript)).toBeUndefined();
    expect(deps.interpret).not.toHaveBeenCalled();
  });
});

describe('restricted pages', () => {
  it.each([
    'chrome://extensions/',
    'about:addons',
    'about:blank',
    'edge://settings',
    'view-source:https://hongkongfp.com/',
    'chrome-extension://abc/popup.html',
    'moz-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'https://www.un.org/report.PDF',
    'data:text/html,<p>x',
    'not a url',
  ])('recognises %s before injecting', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  it.each(['https://hongkongfp.com/2024/08/27/x/', 'http://127.0.0.1:8080/source.html', 'https://chrome.google.com/search', 'file:///home/me/page.html'])(
    'lets %s through to the injection',
    (url) => expect(isRestrictedUrl(url)).toBe(false),
  );

  it('leaves an unknown URL (no permission to read it yet) to the injection', () => {
    expect(isRestrictedUrl(undefined)).toBe(false);
  });

  it('accepts only HTML documents', () => {
    expect(isHtmlContentType('text/html')).toBe(true);
    expect(isHtmlContentType('application/xhtml+xml')).toBe(true);
    for (const t of ['application/pdf', 'image/png', 'text/plain', 'application/json', undefined]) expect(isHtmlContentType(t)).toBe(false);
  });

  it("maps Chrome's and Firefox's injection errors to the popup's states", () => {
    expect(failureFromInjectionError('Cannot access a chrome:// URL')).toBe('restricted');
    expect(failureFromInjectionError('The extensions gallery cannot be scripted.')).toBe('restricted');
    expect(failureFromInjectionError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe('no-access');
    expect(failureFromInjectionError('Missing host permission for the tab')).toBe('no-access');
    expect(failureFromInjectionError('No tab with id: 5')).toBe('failed');
  });
});
