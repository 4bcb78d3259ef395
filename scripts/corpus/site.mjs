// The site a corpus page belongs to, for keeping a site's pages in one split: the registrable
// domain of its URL (tldts, with the Public Suffix List's private domains, so two blogs on
// blogspot.com are two sites), else the host in a trafilatura page's id ("tf-adac.de.kindersitze"
// is adac.de), else the page's own id (a page of unknown origin is a site of its own).
import { parse } from 'tldts';

const registrable = (host) => {
  const p = parse(host, { allowPrivateDomains: true });
  return p.domain && (p.isIcann || p.isPrivate) ? p.domain : null;
};

export function siteOf(id, gold) {
  if (typeof gold.url === 'string') {
    const fromUrl = registrable(gold.url);
    if (fromUrl) return fromUrl;
  }
  if (id.startsWith('tf-')) {
    const parts = id.slice(3).split('.');
    // the longest leading run of the id's dotted parts that ends in a real public suffix
    for (let n = parts.length; n >= 2; n--) {
      const host = parts.slice(0, n).join('.');
      const p = parse(host, { allowPrivateDomains: true });
      if (p.domain && (p.isIcann || p.isPrivate) && p.publicSuffix === parts.slice(n - p.publicSuffix.split('.').length, n).join('.')) return p.domain;
    }
  }
  return id;
}
