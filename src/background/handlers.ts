/**
 * The background's message listener, with its browser calls injected so the sender checks
 * and payload validation are unit-tested (test/unit/ui/background-handlers.test.ts).
 */
import { isFromOwnExtension, parseToBackground, type AnalyzeReply, type SenderLike } from '../messages';

export interface BackgroundDeps {
  /** `browser.runtime.id`. */
  runtimeId: string;
  /** `browser.runtime.getURL('')`: the origin of our own pages ("chrome-extension://ID/"). */
  extensionOrigin: string;
  analyzeTab: (tabId: number, force: boolean) => Promise<AnalyzeReply>;
  setBadge: (tabId: number, text: string) => Promise<void>;
}

/**
 * Returns the `runtime.onMessage` listener. It answers with a promise for messages it
 * handles and returns `undefined` for everything else, so other listeners (and the
 * sender's "no response" path) are unaffected.
 */
export function createMessageListener(deps: BackgroundDeps) {
  return (message: unknown, sender: SenderLike): Promise<AnalyzeReply | undefined> | undefined => {
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
    }
  };
}
