/**
 * The background's message listener, with its browser calls injected so the sender checks
 * and payload validation are unit-tested (test/unit/ui/background-handlers.test.ts).
 */
import { isFromOwnExtension, parseToBackground, type AnalyzeReply, type MarkSettings, type SenderLike } from '../messages';
import type { PageReading } from '../extract/read';

export interface BackgroundDeps {
  /** `browser.runtime.id`. */
  runtimeId: string;
  /** `browser.runtime.getURL('')`: the origin of our own pages ("chrome-extension://ID/"). */
  extensionOrigin: string;
  analyzeTab: (tabId: number, force: boolean) => Promise<AnalyzeReply>;
  setBadge: (tabId: number, text: string) => Promise<void>;
  /** Finishes a page reading into a report (`completeReport`). */
  interpret: (reading: PageReading) => AnalyzeReply;
  /** The mark settings when `url` is on a site the reader chose for automatic analysis, else null. */
  autoSettings: (url: string) => Promise<MarkSettings | null>;
}

/**
 * Returns the `runtime.onMessage` listener. It answers with a promise for messages it
 * handles and returns `undefined` for everything else, so other listeners (and the
 * sender's "no response" path) are unaffected.
 */
export function createMessageListener(deps: BackgroundDeps) {
  return (message: unknown, sender: SenderLike): Promise<AnalyzeReply | MarkSettings | null | undefined> | undefined => {
    if (!isFromOwnExtension(sender, deps.runtimeId)) return undefined;
    const msg = parseToBackground(message);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'analyze-tab':
        // Only our own pages (the popup) may ask to analyse a tab; content scripts share our
        // id but run inside pages we do not control.
        if (!sender.url?.startsWith(deps.extensionOrigin)) return undefined;
        return deps.analyzeTab(msg.tabId, msg.force);
      case 'report-ready': {
        // Sent by the content script of an auto-analysed page: its own tab, top frame only.
        const tabId = sender.tab?.id;
        if (typeof tabId !== 'number' || sender.frameId !== 0) return undefined;
        return deps.setBadge(tabId, msg.isArticle ? msg.badgeText : '').then(() => undefined);
      }
      case 'auto-settings':
        // The content script's own top-frame page is the only URL it may ask about.
        if (typeof sender.tab?.id !== 'number' || sender.frameId !== 0 || !sender.url) return undefined;
        return deps.autoSettings(sender.url);
      case 'interpret-reading':
        // Sent by our content script in the top frame of a tab, after reading the page.
        if (typeof sender.tab?.id !== 'number' || sender.frameId !== 0) return undefined;
        return Promise.resolve(deps.interpret(msg.reading));
    }
  };
}
