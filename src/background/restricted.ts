/**
 * Which pages the extension cannot (or must not) script, decided from the URL before any
 * injection is attempted, and how to read an injection error afterwards.
 */
import type { FailureKind } from '../messages';

/** Browser-internal schemes: no extension may script them. */
const RESTRICTED_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
  'moz-extension:', 'resource:', 'view-source:', 'data:', 'blob:', 'javascript:', 'jar:',
]);

/** The extension stores: browsers refuse content scripts there by policy. */
const STORE_HOSTS: Array<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/**
 * True when `url` is a page we never inject into: browser pages, the web stores, PDFs.
 * An unknown URL (no permission to read it yet) is not restricted; the injection decides.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.has(u.protocol)) return true;
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return true;
  const host = u.hostname.toLowerCase();
  if (STORE_HOSTS.some((s) => s.host === host && (!s.path || u.pathname.startsWith(s.path)))) return true;
  return /\.pdf$/i.test(u.pathname);
}

/** Document types the engine can read; anything else (PDF viewer, images, JSON, text) is restricted. */
export function isHtmlContentType(contentType: unknown): boolean {
  return contentType === 'text/html' || contentType === 'application/xhtml+xml';
}

/** Maps Chrome's and Firefox's `executeScript` errors to the popup's designed states. */
export function failureFromInjectionError(message: string): FailureKind {
  // Chrome: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted.",
  // "Cannot access contents of url \"about:blank\"", "Cannot access a chrome-extension:// URL of different extension".
  if (/cannot be scripted|chrome(-extension)?:\/\/ URL|about:|view-source|PDF|error page/i.test(message)) return 'restricted';
  // Chrome: "Cannot access contents of the page. Extension manifest must request permission to access the respective host."
  // Firefox: "Missing host permission for the tab".
  if (/permission|Cannot access contents/i.test(message)) return 'no-access';
  return 'failed';
}
