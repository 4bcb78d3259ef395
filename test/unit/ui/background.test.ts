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
