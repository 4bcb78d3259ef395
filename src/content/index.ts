/**
 * The content script's entry point. It is injected on demand (the background's
 * `scripting.executeScript` when the reader opens the popup) or, on sites the reader
 * opted into, registered to run automatically; nothing runs in other pages.
 *
 * Injection guard: the instance is kept in a registry on the isolated world's global
 * (the page's own scripts cannot see it), so a second injection re-uses the first
 * instance instead of marking and listening twice.
 */
import browser from '../platform/browser';
import { isAnalyzeReply, isFromOwnExtension, parseMarkSettings, parseToContent, type AutoSettingsRequest, type InterpretRequest } from '../messages';
import { badgeText } from '../present/summary';
import { Lens } from './lens';

const REGISTRY = Symbol.for('provenance-lens/content');
interface Registry {
  lens: Lens;
  listener: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
  /** Asked of the *earlier* injection's own runtime: after an extension reload it is orphaned (no id). */
  connected: () => boolean;
}
const globals = globalThis as unknown as Record<symbol, Registry | undefined>;

function start(): Registry {
  const lens: Lens = new Lens({
    doc: document,
    message: (key, subs) => browser.i18n.getMessage(key, subs),
    interpret: async (reading) => {
      const request: InterpretRequest = { type: 'interpret-reading', reading };
      const reply: unknown = await browser.runtime.sendMessage(request);
      if (!isAnalyzeReply(reply)) throw new Error('the extension did not answer with a report');
      if (!reply.ok) throw new Error(reply.message);
      return reply.value;
    },
    reportReady: (report) => {
      browser.runtime
        .sendMessage({ type: 'report-ready', badgeText: badgeText(report).slice(0, 8), isArticle: report.isArticle })
        .catch(() => undefined);
    },
    onDestroyed: () => {
      // After "clear marks" or navigation: stop listening, so a later injection starts afresh.
      const entry = globals[REGISTRY];
      if (entry?.lens === lens) {
        globals[REGISTRY] = undefined;
        // Removed after the current reply has gone out.
        setTimeout(() => {
          try {
            browser.runtime.onMessage.removeListener(entry.listener);
          } catch {
            /* extension context already gone */
          }
        }, 0);
      }
    },
  });
  const listener = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    try {
      if (!isFromOwnExtension(sender, browser.runtime.id)) return undefined;
      const msg = parseToContent(message);
      if (!msg) return undefined;
      return lens.handle(msg);
    } catch {
      return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return { lens, listener, connected: () => typeof browser.runtime?.id === 'string' };
}

/** An instance from an earlier injection is re-used, unless the extension was reloaded under it. */
function alive(entry: Registry | undefined): boolean {
  try {
    return !!entry && !entry.lens.isDestroyed && entry.connected();
  } catch {
    return false;
  }
}

async function autoAnalyse(lens: Lens): Promise<void> {
  const request: AutoSettingsRequest = { type: 'auto-settings' };
  const settings = parseMarkSettings(await browser.runtime.sendMessage(request));
  if (settings) await lens.auto(settings);
}

try {
  const existing = globals[REGISTRY];
  if (!alive(existing)) {
    existing?.lens.destroy();
    const entry = start();
    globals[REGISTRY] = entry;
    autoAnalyse(entry.lens).catch(() => undefined);
  }
} catch {
  /* never an uncaught error in the page */
}
