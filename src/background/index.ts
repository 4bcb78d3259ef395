/**
 * Background (Chrome service worker / Firefox event page). Holds no state between events:
 * every listener is registered synchronously at the top level so a woken worker sees it.
 */
import browser from '../platform/browser';
import { SETTINGS_KEY, isAutoSite, loadSettings, markSettings, persistMigratedSettings } from '../settings';
import { analyzeTab } from './analyze';
import { syncAutoAnalysis } from './auto-sites';
import { setTabBadge } from './badge';
import { createMessageListener } from './handlers';
import { completeReport } from '../extract/interpret';

browser.runtime.onMessage.addListener(
  createMessageListener({
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    analyzeTab,
    setBadge: setTabBadge,
    // completeReport never throws; its report says what failed.
    interpret: (reading) => ({ ok: true, value: completeReport(reading) }),
    autoSettings: async (url) => {
      const settings = await loadSettings(browser.storage.local);
      return isAutoSite(settings, url) ? markSettings(settings) : null;
    },
  }),
);

// The badge describes the page that was analysed; a new page (or an SPA route) starts blank.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' || change.url) void setTabBadge(tabId, '');
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) void syncAutoAnalysis();
});
browser.permissions.onAdded.addListener(() => void syncAutoAnalysis());
browser.permissions.onRemoved.addListener(() => void syncAutoAnalysis());
browser.runtime.onInstalled.addListener(() => {
  // Store the settings in the current version's shape, then follow the site list.
  void persistMigratedSettings(browser.storage.local)
    .catch(() => false)
    .then(() => syncAutoAnalysis());
});
browser.runtime.onStartup.addListener(() => void syncAutoAnalysis());
