/**
 * Popup entry: find the tab, ask the background to analyse it, render the report.
 *
 * Stable selectors (the e2e tests rely on them — keep them):
 *   #state[data-state="loading|ready|not-article|empty|restricted|no-access|error"]
 *   #provenance-line                         the one-line provenance
 *   [data-field="publisher|wire|dateline|storyType|bylines|published|modified|photoCredits"] .field-value
 *   details.why                              the evidence behind a field ("Why?")
 *   .badge[data-badge-id][data-status] .badge-name / .badge-status
 *   #indicators li[data-indicator] a         Trust Indicator links (http(s) only)
 *   #sourcing-line
 *   .person[data-name][data-kind] .person-name / .person-role / .person-count
 *   .quote[data-quote-id]                    hover/focus → highlight-quote, leave → clear-highlight, click → scroll-to-quote
 *   .confidence-low                          an uncertain attribution
 *   #analyse-anyway  #retry  #copy-json  #copy-citation  #download-json  #export-status  #clear-marks  #open-options
 *
 * The tab is `?tabId=N` when given (tests open popup.html?tabId=N in a tab), else the
 * active tab of the current window.
 */
import browser from '../platform/browser';
import { isAnalyzeReply, type AnalyzeReply, type AnalyzeTabRequest, type ToContent } from '../messages';
import type { Translate } from '../present/messages';
import type { Report } from '../report';
import { DEFAULT_SETTINGS, loadSettings } from '../settings';
import { textCitation } from './citation';
import { closestFrom, h } from './dom';
import { wireQuoteInteractions } from './interactions';
import { renderState, stateFor, type RenderContext } from './render';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
const root = document.getElementById('state') as HTMLElement;
const ctx: RenderContext = { doc: document, t, locale: browser.i18n.getUILanguage(), now: new Date(), exportFormat: DEFAULT_SETTINGS.exportFormat };

let tabId: number | null = null;
let report: Report | null = null;
let lastForce = false;

/** Static strings in popup.html carry `data-i18n="key"`. */
function localiseStaticText(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel ?? ''));
  document.documentElement.lang = ctx.locale;
}

async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function sendToTab(msg: ToContent): void {
  if (tabId === null) return;
  // The page may have navigated away or never had the content script: nothing to highlight.
  browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
}

async function analyse(force: boolean): Promise<void> {
  lastForce = force;
  renderState(root, { kind: 'loading' }, ctx);
  let reply: AnalyzeReply;
  if (tabId === null) {
    reply = { ok: false, error: 'failed', message: 'no active tab' };
  } else {
    const request: AnalyzeTabRequest = { type: 'analyze-tab', tabId, force };
    try {
      const answer: unknown = await browser.runtime.sendMessage(request);
      reply = isAnalyzeReply(answer) ? answer : { ok: false, error: 'failed', message: 'no answer from the background' };
    } catch (e) {
      reply = { ok: false, error: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  }
  const state = stateFor(reply, force);
  report = 'report' in state ? state.report : null;
  renderState(root, state, ctx);
}

function showExportStatus(key: string): void {
  const status = document.getElementById('export-status');
  if (status) status.textContent = t(key);
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    showExportStatus('exportCopied');
  } catch {
    showExportStatus('exportCopyFailed');
  }
}

function reportJson(r: Report): string {
  return JSON.stringify(r, null, 2);
}

/** A download without the `downloads` permission: a Blob URL on a temporary link. */
function downloadJson(r: Report): void {
  let host = 'page';
  try {
    if (r.url) host = new URL(r.url).hostname.replace(/[^a-z0-9.-]/gi, '') || host;
  } catch {
    // keep "page"
  }
  const url = URL.createObjectURL(new Blob([reportJson(r)], { type: 'application/json' }));
  const link = h(document, 'a', { href: url, download: `provenance-${host}-${new Date().toISOString().slice(0, 10)}.json` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  showExportStatus('exportDownloaded');
}

function onClick(e: MouseEvent): void {
  const button = closestFrom<HTMLButtonElement>(e.target, 'button');
  switch (button?.id) {
    case 'analyse-anyway':
      void analyse(true);
      break;
    case 'retry':
      void analyse(lastForce);
      break;
    case 'copy-json':
      if (report) void copy(reportJson(report));
      break;
    case 'copy-citation':
      if (report) void copy(textCitation(report, t, ctx.locale, new Date()));
      break;
    case 'download-json':
      if (report) downloadJson(report);
      break;
    case 'clear-marks':
      sendToTab({ type: 'clear-marks' });
      break;
    case 'open-options':
      void browser.runtime.openOptionsPage();
      break;
  }
}

async function main(): Promise<void> {
  localiseStaticText();
  document.addEventListener('click', onClick);
  wireQuoteInteractions(root, sendToTab);
  const [id, settings] = await Promise.all([resolveTabId().catch(() => null), loadSettings(browser.storage.local).catch(() => DEFAULT_SETTINGS)]);
  tabId = id;
  ctx.exportFormat = settings.exportFormat;
  await analyse(false);
}

void main();
