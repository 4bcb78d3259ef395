/**
 * Automatic analysis on sites the reader chose in the options page. The options page asks
 * for each site's host permission (it must, inside the click); here we keep one registered
 * content script in step with (chosen sites ∩ granted permissions), whenever either changes.
 */
import browser from '../platform/browser';
import { loadSettings, originsForSite } from '../settings';

export const AUTO_SCRIPT_ID = 'provenance-lens-auto';

/** Serialises syncs: storage and permission events often arrive together. */
let queue: Promise<void> = Promise.resolve();

export function syncAutoAnalysis(): Promise<void> {
  queue = queue.then(syncNow, syncNow).catch((e: unknown) => console.warn('Provenance Lens: auto-analysis sync failed', e));
  return queue;
}

async function grantedOrigins(sites: string[]): Promise<string[]> {
  const origins: string[] = [];
  for (const site of sites) {
    const wanted = originsForSite(site);
    if (await browser.permissions.contains({ origins: wanted })) origins.push(...wanted);
  }
  return origins;
}

async function syncNow(): Promise<void> {
  const settings = await loadSettings(browser.storage.local);
  const matches = await grantedOrigins(settings.autoSites);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (!matches.length) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
    return;
  }
  const script = { id: AUTO_SCRIPT_ID, matches, js: ['content.js'], runAt: 'document_idle' as const, allFrames: false };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
