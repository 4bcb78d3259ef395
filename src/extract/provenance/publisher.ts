/**
 * The outlet publishing the page. JSON-LD `publisher` first — unless it names a wire agency
 * on a site that is not the agency's (mysanantonio.com says publisher "Associated Press") —
 * then og:site_name (unless it names a platform or edition: "Hosted", "U.S."), the title's
 * site suffix, the header logo, the footer copyright; the
 * domain name itself is the last resort, filled in by src/verify/ (it needs the Public Suffix List).
 */
import type { PageContext } from '../page';
import type { Publisher } from '../../report';
import publisherData from '../../data/publishers.json';
import { asText, typesOf } from '../jsonld';
import { agencyByHost, agencyByName } from './agencies';
import { entities, primaryArticleNode } from './schema';
import { clean, foldKey } from './util';

const GENERIC = new Set(publisherData.genericSiteNames);
const isGeneric = (name: string): boolean => GENERIC.has(name.trim().toLowerCase());

/** The last segment of "Headline | Site" / "Headline - Site" / "标题_频道_站点". */
export function titleSuffix(title: string): string | null {
  const parts = title.split(/\s+[|–—-]\s+|\s*[|_]\s*|\s+::\s+/).map(clean).filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts.at(-1)!;
  return last.split(/\s+/).length <= 6 && last.length <= 60 ? last : null;
}

/** "HeraldSun" → "Herald Sun" when the title prints the spaced form. */
function spacedForm(name: string, title: string): string {
  const squashed = foldKey(name).replace(/\s/g, '');
  const suffix = titleSuffix(title);
  return suffix && foldKey(suffix).replace(/\s/g, '') === squashed ? suffix : name;
}

/** "Hong Kong Free Press HKFP" → "Hong Kong Free Press": a trailing acronym of the name itself. */
export function dropTrailingAcronym(name: string): string {
  const m = /^(.+?)\s+\(?([\p{Lu}]{2,6})\)?$/u.exec(name.trim());
  if (!m) return name;
  const initials = m[1]!.split(/[\s-]+/).map((w) => w.charAt(0)).join('').toUpperCase();
  return initials.startsWith(m[2]!) || m[2]!.startsWith(initials) ? m[1]! : name;
}

/** An agency-named publisher only counts on the agency's own site. */
function agencyElsewhere(name: string, host: string | null): boolean {
  const agency = agencyByName(name);
  return agency !== null && agencyByHost(host) !== agency;
}

/** "©2019 Ascom": the copyright line at the foot of the page (read backwards, a bounded amount of text). */
function footerCopyright(doc: Document): string | null {
  if (!doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  let last: Node = doc.body;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  let length = 0;
  for (let n: Node | null = walker.currentNode; n && length < 3000; n = walker.previousNode()) {
    if (n.nodeType !== 3 || /^(?:SCRIPT|STYLE|NOSCRIPT)$/.test(n.parentElement?.tagName ?? '')) continue;
    const text = clean(n.nodeValue);
    length += text.length;
    const m = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?,?\s*(\p{Lu}[\p{L}\p{N}&.' -]{1,48}?)\s*(?:\.|,|\||all rights|alle rechte|$)/u.exec(text);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

export function readPublisher(ctx: PageContext): Publisher | null {
  const host = ctx.url?.hostname ?? null;
  const origin = ctx.url && /^https?:$/.test(ctx.url.protocol) && ctx.url.hostname !== 'localhost' ? `${ctx.url.origin}/` : null;
  const title = clean(ctx.doc.title);

  const siteName = ctx.meta.get('og:site_name')?.[0];
  // og:site_name and the title's suffix agreeing outweigh a JSON-LD desk name ("DH News Service").
  const agreed = siteName && foldKey(siteName) === foldKey(titleSuffix(title) ?? '') ? siteName : null;
  const node = primaryArticleNode(ctx);
  for (const p of entities(ctx, node, 'publisher')) {
    if (isGeneric(p.name) || agencyElsewhere(p.name, host)) continue;
    if (agreed && !isGeneric(agreed) && !foldKey(agreed).includes(foldKey(p.name)) && !foldKey(p.name).includes(foldKey(agreed))) break;
    const url = p.node ? asText(p.node['url']) : null;
    return { name: dropTrailingAcronym(spacedForm(p.name, title)), url: url && /^https?:/i.test(url) ? url : origin, evidence: [{ source: 'json-ld', detail: `publisher.name = ${p.name}` }] };
  }
  if (siteName && !isGeneric(siteName) && !agencyElsewhere(siteName, host)) {
    // "Aktuálně.cz - Víte, co se právě děje": the name without its slogan when the title agrees.
    const suffix = titleSuffix(title);
    const name = suffix && siteName.startsWith(suffix) && suffix.length < siteName.length ? suffix : spacedForm(siteName, title);
    return { name: dropTrailingAcronym(name), url: origin, evidence: [{ source: 'meta', detail: `og:site_name = ${siteName}` }] };
  }
  // A standalone Organization node for this site.
  for (const n of ctx.jsonLd) {
    if (!typesOf(n).some((t) => /Organi[sz]ation$/.test(t))) continue;
    const name = asText(n['name']);
    const url = asText(n['url']);
    if (name && url && host && url.includes(host.replace(/^www\./, '')) && !isGeneric(name)) {
      return { name, url, evidence: [{ source: 'json-ld', detail: `Organization.name = ${name}` }] };
    }
  }
  const suffix = titleSuffix(title);
  if (suffix && !isGeneric(suffix) && !agencyElsewhere(suffix, host)) {
    return { name: dropTrailingAcronym(suffix), url: origin, evidence: [{ source: 'text', detail: `title suffix "${suffix}"` }] };
  }
  const logo = Array.from(ctx.doc.images).slice(0, 40).find((img) => img.alt && /logo/i.test(`${img.className} ${img.alt} ${img.getAttribute('src') ?? ''} ${img.parentElement?.className ?? ''}`));
  const alt = clean(logo?.getAttribute('alt'));
  const logoName = clean(alt.replace(/[-_]/g, ' ').replace(/\b(?:logo|image|img|icon|header|home|site)\b/gi, ' '));
  if (/\p{Lu}/u.test(logoName) && logoName.length < 60) {
    return { name: logoName, url: origin, evidence: [{ source: 'image', detail: `logo alt "${alt}"` }] };
  }
  const copyright = footerCopyright(ctx.doc);
  if (copyright && !agencyElsewhere(copyright, host)) return { name: copyright, url: origin, evidence: [{ source: 'text', detail: `footer "© ${copyright}"` }] };
  const app = ctx.meta.get('application-name')?.[0];
  if (app && !isGeneric(app)) return { name: app, url: origin, evidence: [{ source: 'meta', detail: `application-name = ${app}` }] };
  // Last resort, the site's registrable domain, needs the Public Suffix List: src/verify/publisher.ts.
  return null;
}

/** True when the publisher is itself the agency (Reuters on reuters.com). */
export function publisherIsAgency(publisher: Publisher | null, short: string): boolean {
  return publisher !== null && agencyByName(publisher.name)?.short === short;
}
