/**
 * "Analyse this tab" for the popup: check the page can be scripted, inject the content
 * script once, ask it for the report, set the toolbar badge.
 */
import { checkReport } from '../verify/index';
import browser from '../platform/browser';
import { isAnalyzeReply, type AnalyzeReply, type AnalyzeRequest, type FailureKind, type SimpleContentRequest } from '../messages';
import { badgeText } from '../present/summary';
import { loadSettings, markSettings } from '../settings';
import { failureFromInjectionError, isHtmlContentType, isRestrictedUrl } from './restricted';
import { setTabBadge } from './badge';

/** Long enough for a huge page within the engine's own budget; short enough that the popup never hangs. */
const ANALYSIS_TIMEOUT_MS = 20_000;

const fail = (error: FailureKind, message: string): AnalyzeReply => ({ ok: false, error, message });

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([p, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);
}

/** The content script answers a ping once it is in the page; a second injection would be wasted work. */
async function contentScriptPresent(tabId: number): Promise<boolean> {
  const ping: SimpleContentRequest = { type: 'ping' };
  try {
    return (await browser.tabs.sendMessage(tabId, ping, { frameId: 0 })) !== undefined;
  } catch {
    return false;
  }
}

export async function analyzeTab(tabId: number, force: boolean): Promise<AnalyzeReply> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch (e) {
    return fail('failed', errorMessage(e));
  }
  // Without a grant the URL may be hidden; then the injection itself tells us.
  if (isRestrictedUrl(url)) return fail('restricted', url ?? '');
  if (url?.startsWith('file:') && !(await browser.extension.isAllowedFileSchemeAccess())) return fail('restricted', url);

  try {
    const [probe] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => document.contentType });
    if (!isHtmlContentType(probe?.result)) return fail('restricted', `content type ${String(probe?.result)}`);
    if (!(await contentScriptPresent(tabId))) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['content.js'] });
    }
  } catch (e) {
    const message = errorMessage(e);
    return fail(failureFromInjectionError(message), message);
  }

  const settings = await loadSettings(browser.storage.local);
  const request: AnalyzeRequest = { type: 'analyze', force, settings: markSettings(settings) };
  let reply: unknown;
  try {
    reply = await withTimeout(browser.tabs.sendMessage(tabId, request, { frameId: 0 }), ANALYSIS_TIMEOUT_MS);
  } catch (e) {
    return fail('failed', errorMessage(e));
  }
  if (reply === 'timeout') return fail('timeout', `no report after ${ANALYSIS_TIMEOUT_MS} ms`);
  if (!isAnalyzeReply(reply)) return fail('failed', 'the page did not answer with a report');
  if (!reply.ok) return reply;
  // The page only reads what it claims; badges are checked against the registries here.
  const report = checkReport(reply.value);
  await setTabBadge(tabId, report.isArticle || force ? badgeText(report) : '');
  return { ok: true, value: report };
}
