/**
 * The one place that names the extension API. Firefox (≥ 142, our minimum) and Chrome
 * (≥ 148, `minimum_chrome_version` in src/manifest/chrome.json) both provide the
 * promise-based `browser` namespace natively, including promise-returning
 * `runtime.onMessage` listeners — which is all webextension-polyfill added, and where it
 * turns itself into a no-op. So no polyfill is bundled (it cost 9.7 kB in every page the
 * reader analyses); its type definitions (@types/webextension-polyfill) describe the API.
 */
import type { Browser } from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';

const browser = (globalThis as unknown as { browser: Browser }).browser;
export default browser;
