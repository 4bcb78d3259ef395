/**
 * The publisher's last resort: the site's registrable domain ("example.co.uk" → "Example"),
 * used only when the page names its publisher nowhere. It needs the Public Suffix List
 * (tldts), which stays out of the content script.
 */
import { parse as parseDomain } from 'tldts';
import type { Publisher } from '../report';

export function publisherFromDomain(url: URL | null): Publisher | null {
  if (!url || !/^https?:$/.test(url.protocol)) return null;
  const info = parseDomain(url.hostname);
  if (!info.domainWithoutSuffix || !info.domain || info.hostname === 'localhost' || info.isIp) return null;
  const label = info.domainWithoutSuffix;
  return {
    name: label.charAt(0).toUpperCase() + label.slice(1),
    url: `${url.origin}/`,
    evidence: [{ source: 'link', detail: `domain ${info.domain}` }],
  };
}
