/**
 * Finds the trust-programme claims a page makes, in one pass over its links, images and
 * the programmes' widget containers. A bare text link to a programme's
 * home page is not a claim (articles link to them when they write about them); a logo,
 * a widget, or a link to the outlet's own report/profile page is.
 */
import type { Evidence } from '../../report';
import type { Budget } from '../budget';
import { SIGNATURES, signatureForHost, type Signature } from './signatures';

export interface Claim {
  signature: Signature;
  evidence: Evidence[];
}

const MAX_EVIDENCE = 6;
/** Site chrome (footer, navigation, sidebars) rather than the story text. */
const SITE_CHROME = 'footer, nav, aside, [role="contentinfo"], [role="navigation"], #footer, .footer, .site-footer';
const ABSOLUTE_HOST = /^\s*(?:https?:)?\/\/([^/?#:\s@]+)/i;

function hostOf(href: string): string | null {
  const m = ABSOLUTE_HOST.exec(href);
  return m?.[1]?.toLowerCase() ?? null;
}

function short(s: string, n = 120): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function imageSrc(img: Element): string {
  const src = img.getAttribute('src') || img.getAttribute('data-src') || img.getAttribute('data-lazy-src');
  if (src && !src.startsWith('data:')) return src;
  const set = img.getAttribute('srcset') || img.getAttribute('data-srcset') || '';
  return set.trim().split(/\s+/)[0] ?? '';
}

/** The file path of an image URL, without query or fragment: what file-name patterns see. */
function imagePath(src: string): string {
  return src.split(/[?#]/)[0] ?? '';
}

function accessibleLabel(el: Element): string {
  return [el.getAttribute('alt'), el.getAttribute('title'), el.getAttribute('aria-label')].filter(Boolean).join(' ');
}

/** Editorial photos (a figure with a caption) show logos when the story is *about* a programme. */
function isEditorialPhoto(img: Element): boolean {
  const figure = img.closest('figure');
  return figure !== null && figure.querySelector('figcaption') !== null;
}

/** Pages on a programme's own site show its logo everywhere; that is not a claim by the page. */
function isOwnSite(sig: Signature, pageHost: string | null): boolean {
  return pageHost !== null && sig.hosts.some((d) => pageHost === d || pageHost.endsWith(`.${d}`));
}

export function detectClaims(doc: Document, pageUrl: URL | null, budget: Budget, signatures: readonly Signature[] = SIGNATURES): Claim[] {
  const pageHost = pageUrl?.hostname.toLowerCase() ?? null;
  const found = new Map<string, Claim>();
  const add = (sig: Signature, ev: Evidence): void => {
    if (isOwnSite(sig, pageHost)) return;
    const claim = found.get(sig.id) ?? { signature: sig, evidence: [] };
    found.set(sig.id, claim);
    if (claim.evidence.length < MAX_EVIDENCE && !claim.evidence.some((e) => e.detail === ev.detail)) claim.evidence.push(ev);
  };

  // One query in document order: links, images, and the programmes' widget containers.
  const widgetSelectors = signatures.flatMap((s) => s.selectors);
  for (const el of Array.from(doc.querySelectorAll(['a[href]', 'img', ...widgetSelectors].join(', ')))) {
    if (!budget.visit()) break;
    if (el.localName !== 'a' && el.localName !== 'img') {
      const sig = signatures.find((s) => s.selectors.length > 0 && el.matches(s.selectors.join(', ')));
      if (sig) add(sig, { source: 'image', detail: `element .${short(el.getAttribute('class') ?? '', 60)}` });
      continue;
    }
    if (el.localName === 'a') {
      const href = el.getAttribute('href') ?? '';
      const host = hostOf(href);
      const sig = host ? signatureForHost(host, signatures) : null;
      if (!sig) continue;
      const label = accessibleLabel(el);
      if (sig.claimUrl?.test(href)) add(sig, { source: 'link', detail: `link to ${short(href)}` });
      else if (el.querySelector('img, svg, picture')) add(sig, { source: 'link', detail: `logo link to ${short(href)}` });
      else if (label && sig.label?.test(label)) add(sig, { source: 'link', detail: `link "${short(label)}" to ${short(href)}` });
      else if (el.closest(SITE_CHROME)) {
        // "Member of The Trust Project" in the site footer is the outlet's claim; the same link
        // inside a story is reporting about the programme.
        const linkText = short(el.textContent ?? '');
        if (sig.label?.test(linkText)) add(sig, { source: 'link', detail: `footer link "${linkText}" to ${short(href)}` });
      }
      continue;
    }
    const src = imageSrc(el);
    const label = accessibleLabel(el);
    const srcHost = hostOf(src);
    const path = imagePath(src);
    for (const sig of signatures) {
      let ev: Evidence | null = null;
      if (srcHost && sig.hosts.some((d) => srcHost === d || srcHost.endsWith(`.${d}`))) ev = { source: 'image', detail: `image from ${short(src)}` };
      else if (label && sig.label?.test(label)) ev = { source: 'image', detail: `image alt "${short(label)}"` };
      else if (path && sig.image?.test(path)) ev = { source: 'image', detail: `image ${short(path.slice(path.lastIndexOf('/') + 1))}` };
      if (ev && !isEditorialPhoto(el)) add(sig, ev);
    }
  }

  // Report in the data file's order, so the popup shows programmes consistently.
  return signatures.map((s) => found.get(s.id)).filter((c): c is Claim => c !== undefined);
}
