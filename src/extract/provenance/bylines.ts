/**
 * Bylines: the people who wrote the story. Structured sources first (JSON-LD authors,
 * microdata, meta author, Yoast's "Written by"), then the visible byline next to the
 * headline; the visible one also gives names their printed case. Agencies found where a
 * byline goes ("by AFP", "Greg Beacham, AP Sports Writer", "PTI, Washington") are returned
 * for the wire reader; desk credits ("Letters To The Editor", "Our Foreign Staff") are dropped.
 */
import type { PageContext } from '../page';
import type { Evidence } from '../../report';
import bylineData from '../../data/bylines.json';
import { agenciesIn, agencyByName, type Agency } from './agencies';
import { entities, isOrganizationType, primaryArticleNode } from './schema';
import type { ScopeScan } from './scope';
import { clean, foldKey, isStoryElement, precedes, snippet } from './util';

export interface AgencyCredit {
  agency: Agency;
  evidence: Evidence;
}

export interface Bylines {
  people: string[];
  evidence: Evidence[];
  /** Agencies credited where a byline goes. */
  agencies: AgencyCredit[];
  /** Places printed in a credit line ("PTI, Washington"): a dateline. */
  places: { place: string; evidence: Evidence }[];
}

const DESK_WORDS = new Set(bylineData.deskWords);
/** "By", "Von", "Posted by", "Текст:", "Contributing:" … in front of the names (bylines.json `leads`). */
const BYLINE_LEAD = new RegExp(`^(?:${bylineData.leads.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[:：/]?\\s+`, 'iu');
/** Closing credit lines that name co-authors (LABELS.md): "Reporting by A and B; editing by C", "Contributing: X", "X contributed to this report". */
const CLOSING_CREDIT = new RegExp(`(?:^|[(\\s;])(?:${bylineData.closingCredits.join('|')})\\s*:?\\s+([^;()]{3,160})`, 'iu');
const CONTRIBUTED = /((?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+(?:contributed|also contributed)\b/u;
const ROLE_WORDS = new Set(bylineData.roleWords);
const NON_AUTHOR = new RegExp(`\\((?:${bylineData.nonAuthorRoles.join('|')})\\)`, 'i');
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'du', 'dos', 'das', 'la', 'le', 'bin', 'al', 'el', 'y', 'e', 'ter', 'ten', 'zu', 'st.', 'mc', 'ibn']);
const HAN_NAME = /^[\p{Script=Han}·]{2,4}$/u;

/** Words of a name-like string, lower-cased. */
const wordsOf = (s: string): string[] => s.toLowerCase().split(/\s+/).filter(Boolean);

function isDeskCredit(s: string): boolean {
  return wordsOf(s.replace(/[^\p{L}\s'-]/gu, ' ')).some((w) => DESK_WORDS.has(w));
}

function isRole(s: string): boolean {
  const ws = wordsOf(s.replace(/[^\p{L}\s]/gu, ' '));
  if (!ws.length) return false;
  const known = ws.filter((w) => ROLE_WORDS.has(w) || agencyByName(w) !== null).length;
  return known === ws.length || (known >= 1 && ws.some((w) => /writer|reporter|correspondent|editor|columnist|journalist/.test(w)));
}

/**
 * Two printings of one name: equal, or one holds the other's words in order with the same first
 * and last word ("Troy Smith" / "Troy L. Smith"), or one runs on into an outlet tag ("Jonathan
 * Garber FOXBusiness").
 */
export function sameName(a: string, b: string): boolean {
  const x = foldKey(a).split(' ');
  const y = foldKey(b).split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.join(' ') === long.join(' ')) return true;
  if (short.length < 2) return false;
  if (long.slice(0, short.length).join(' ') === short.join(' ')) return true;
  if (short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

/** A person's name as bylines print it: 2–5 capitalised words, or a 2–4 character Han name. */
export function isPersonName(s: string): boolean {
  if (HAN_NAME.test(s)) return true;
  if (s.length > 60 || /[\d@#|/:;()[\]{}<>]/.test(s)) return false;
  const ws = s.split(/\s+/).filter(Boolean);
  if (ws.length < 2 || ws.length > 5) return false;
  if (/^(?:the|a|an|der|die|das|le|la|les|el|los|il|lo)$/i.test(ws[0]!)) return false; // "The Russian" 
  if (isDeskCredit(s)) return false;
  return ws.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()) || /^\p{Lu}?['’]\p{Lu}/u.test(w));
}

export interface ParsedByline {
  names: string[];
  agencies: Agency[];
  places: string[];
}

/**
 * Splits a printed byline: "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press",
 * "Greg Beacham, Ap Sports Writer", "PTI, Washington, Nov 20 2019", "Eleanor Ainge Roy (reporting)
 * and Adrian Malloch (photography)".
 */
export function parseByline(raw: string): ParsedByline {
  const out: ParsedByline = { names: [], agencies: [], places: [] };
  let text = clean(raw).replace(BYLINE_LEAD, '').replace(/^(?:by|作者|文)\s*[:：/]\s*/iu, '');
  text = text.split(/\s[|•·-]\s|\s?·\s?|\n/)[0] ?? '';
  // "Par A (avec B et C)": the names in the parenthesis are co-authors
  text = text.replace(/\(\s*(?:avec|with|mit|con|com)\s+([^)]*)\)/giu, ', $1');
  // The byline row often runs on into the date: "Jane Doe Updated 5:02 PM", "Jane Doe May 12, 2024",
  // "By Sam Byford on June 29, 2014", and a handle after the name ("Griffin McElroy @griffinmcelroy").
  text = text.split(/\s+(?:(?:last\s+)?updated|published|posted)\b|\s+on\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d)|\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|\s+(?=\d{1,2}:\d{2})/i)[0] ?? '';
  if (!/^@/.test(text)) text = text.replace(/\s+@[\w.]+/gu, '');
  // A trailing agency glued to the names ("… ERIC TUCKER Associated Press").
  const tail = agenciesIn(text, true).at(-1);
  if (tail && tail.index > 0 && tail.index + tail.text.length === text.length && !/,\s*$/.test(text.slice(0, tail.index))) {
    out.agencies.push(tail.agency);
    text = text.slice(0, tail.index).trim();
  }
  const segments = text.split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|、|，)\s*/u).map((s) => s.trim()).filter(Boolean);
  for (const [i, seg0] of segments.entries()) {
    if (NON_AUTHOR.test(seg0)) continue;
    const seg = seg0.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    if (!seg) continue;
    const agency = agencyByName(seg);
    if (agency) {
      out.agencies.push(agency);
      continue;
    }
    if (/\d/.test(seg)) {
      // a date: the credit line is over ("Mike Wall 2019-11-18T22:05:36Z"); a name before it still counts
      const before = seg.slice(0, seg.search(/\d/)).trim();
      if (isPersonName(before)) out.names.push(before);
      break;
    }
    if (isRole(seg)) {
      // In a role title any case names the agency ("Ap Sports Writer").
      const words = seg.split(/\s+/);
      for (let n = 3; n >= 1; n--) {
        for (let k = 0; k + n <= words.length; k++) {
          const agency = agencyByName(words.slice(k, k + n).join(' '));
          if (agency && !out.agencies.includes(agency)) out.agencies.push(agency);
        }
      }
      continue;
    }
    if (isPersonName(seg) || (i === 0 && segments.length === 1 && /^@[\w.]{2,30}$/u.test(seg))) out.names.push(seg);
    else if (i > 0 && out.agencies.length && !out.names.length && /^\p{Lu}[\p{L}. '-]{1,40}$/u.test(seg)) out.places.push(seg);
  }
  return out;
}

/** Text of a small element with its blocks kept apart ("TUCKER" + "Associated Press"). */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node, depth: number): void => {
    if (depth > 8 || parts.length > 60) return;
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1 && !/^(?:SCRIPT|STYLE|BUTTON|SVG)$/i.test((n as Element).tagName)) for (const c of Array.from(n.childNodes)) walk(c, depth + 1);
    if (n.nodeType === 1) parts.push(' ');
  };
  walk(el, 0);
  return clean(parts.join(''));
}

const META_AUTHORS = ['author', 'article:author', 'og:article:author', 'sailthru.author', 'parsely-author', 'dc.creator', 'byl', 'cxenseparse:author'];


export function readBylines(ctx: PageContext, body: Element | null, scan: ScopeScan, paragraphs: string[], publisher: string | null, letters: boolean): Bylines {
  const out: Bylines = { people: [], evidence: [], agencies: [], places: [] };
  const structured: string[] = [];
  const addAgency = (agency: Agency, evidence: Evidence): void => {
    out.agencies.push({ agency, evidence });
  };
  const isPublisher = (n: string): boolean => {
    if (!publisher) return false;
    const a = foldKey(n);
    const b = foldKey(publisher);
    return a === b || (a.length > 3 && b.includes(a)) || (b.length > 3 && a.includes(b));
  };
  const addStructured = (raw: string, evidence: Evidence, isOrg: boolean): void => {
    const agency = agencyByName(raw);
    if (agency) return addAgency(agency, evidence);
    if (isOrg || isPublisher(raw)) return;
    const parsed = parseByline(raw);
    for (const a of parsed.agencies) addAgency(a, evidence);
    for (const n of parsed.names) {
      if (!structured.some((s) => foldKey(s) === foldKey(n)) && !isPublisher(n)) {
        structured.push(n);
        out.evidence.push(evidence);
      }
    }
  };

  // 1. JSON-LD authors.
  const node = primaryArticleNode(ctx);
  for (const e of entities(ctx, node, 'author')) {
    addStructured(e.name, { source: 'json-ld', detail: `author ${e.types.length ? `(${e.types.join(', ')}) ` : ''}"${snippet(e.name, 60)}"` }, isOrganizationType(e.types));
    // An agency author's bio ("Agence France-Presse (AFP) is a leading global news agency …").
    const bio = e.node && typeof e.node['description'] === 'string' ? e.node['description'] : null;
    const agency = agencyByName(e.name);
    if (bio && agency && agenciesIn(bio).some((m) => m.agency === agency)) {
      addAgency(agency, { source: 'json-ld', detail: `author bio: "${snippet(bio, 90)}"` });
    }
  }
  // 2. Microdata authors in the article.
  for (const el of scan.microdataAuthors.filter(isStoryElement).slice(0, 10)) {
    const nameEl = el.querySelector('[itemprop~="name"]');
    const name = clean(nameEl?.getAttribute('content') ?? nameEl?.textContent ?? el.getAttribute('content') ?? el.textContent);
    if (name && name.length < 80) addStructured(name, { source: 'microdata', detail: `itemprop=author "${snippet(name, 60)}"` }, false);
  }
  // 3. Meta tags (not URLs: article:author is often a profile link).
  for (const key of META_AUTHORS) {
    for (const v of ctx.meta.get(key) ?? []) {
      if (!/^https?:/i.test(v)) addStructured(v, { source: 'meta', detail: `${key} = ${snippet(v, 60)}` }, false);
    }
  }
  const label1 = ctx.meta.get('twitter:label1')?.[0];
  const data1 = ctx.meta.get('twitter:data1')?.[0];
  if (label1 && data1 && /written by|author/i.test(label1)) addStructured(data1, { source: 'meta', detail: `twitter:label1 "${label1}" = ${data1}` }, false);

  // 4. The visible byline next to the headline.
  const visible: string[] = [];
  /** The byline row each visible name was read from. */
  const rowOf = new Map<string, string>();
  const bodyStart = body ? body.querySelector('p') ?? body : null;
  const done: Element[] = [];
  // Byline elements by their markup, then short lines printed as a byline ("By Rose Orlik",
  // "Author Ben Knight") in the article's region before the body.
  const printed = scan.bylineLines.filter((el) => BYLINE_LEAD.test(clean(el.textContent)) && !scan.bylines.includes(el));
  for (const el of [...scan.bylines.slice(0, 40), ...printed.slice(0, 10)]) {
    if (!isStoryElement(el)) continue;
    if (bodyStart && !precedes(el, bodyStart) && !bodyStart.contains(el)) continue;
    // A byline row and the name links inside it are both read ("By A, B 2019-11-18" gives A; its
    // links give A and B); names are kept once.
    const inside = done.some((d) => d.contains(el));
    const text = spacedText(el);
    if (!text || text.length > 200) continue;
    if (!inside) done.push(el);
    const parsed = parseByline(text);
    const detail = `byline "${snippet(text, 80)}"`;
    for (const a of parsed.agencies) addAgency(a, { source: 'text', detail });
    for (const p of parsed.places) out.places.push({ place: p, evidence: { source: 'text', detail: `credit line "${snippet(text, 80)}"` } });
    for (const n of parsed.names) {
      if (isPublisher(n) || visible.some((v) => foldKey(v) === foldKey(n))) continue;
      visible.push(n);
      rowOf.set(n, foldKey(text));
      if (!structured.some((v) => foldKey(v) === foldKey(n))) out.evidence.push({ source: 'text', detail });
    }
  }

  if (structured.length) {
    // Names as printed: the visible byline's case ("Greg Beacham", not "GREG BEACHAM").
    // ... and the co-authors the visible byline adds ("By Tariq Malik, Mike Wall" where JSON-LD has one)
    out.people = structured.map((s) => visible.find((v) => sameName(v, s)) ?? s);
    for (const v of visible) {
      const row = rowOf.get(v) ?? '';
      if (!out.people.some((p) => sameName(p, v)) && structured.some((s) => row.includes(foldKey(s)))) out.people.push(v);
    }
  } else {
    out.people = visible;
  }

  // 5. Co-authors in a closing credit line of the body.
  for (const p of paragraphs.slice(-4)) {
    if (p.length > 300) continue;
    const m = CLOSING_CREDIT.exec(p) ?? CONTRIBUTED.exec(p);
    if (!m?.[1]) continue;
    const names = CONTRIBUTED.test(p) && !CLOSING_CREDIT.test(p) ? [m[1].replace(/^.*['’]s?\s+/u, '')] : parseByline(m[1].replace(/\s+y\s+/gu, ', ')).names;
    for (const n of names) {
      if (!isPersonName(n) || out.people.some((v) => foldKey(v) === foldKey(n)) || isPublisher(n)) continue;
      out.people.push(n);
      out.evidence.push({ source: 'text', detail: `closing credit "${snippet(p, 80)}"` });
    }
  }

  // 6. A CJK credit in the body ("（编译/林靖东）", "（记者 张三）").
  if (!out.people.length && paragraphs.length) {
    const tail = paragraphs.slice(-8).join(' ');
    const m = /[（(](?:编译|记者|文|作者|撰文|编辑整理)\s*[/／:：]?\s*([\p{Script=Han}·]{2,4})[）)]/u.exec(tail);
    if (m?.[1]) {
      out.people.push(m[1]);
      out.evidence.push({ source: 'text', detail: `credit "${m[0]}"` });
    }
  }
  // 7. Letters pages: each letter is signed "Name / Town".
  if (!out.people.length && letters && body) {
    for (const p of Array.from(body.getElementsByTagName('p')).slice(0, 400)) {
      const strong = p.querySelector('strong, b');
      const t = clean(p.textContent);
      if (!strong || t.length > 80) continue;
      const name = clean(strong.textContent);
      if (isPersonName(name) && t.startsWith(name)) {
        out.people.push(name);
        out.evidence.push({ source: 'text', detail: `letter signed "${snippet(t, 60)}"` });
      }
    }
  }
  // a handle stands only where no name is printed ("by @lazharichir")
  if (out.people.some((p) => !p.startsWith('@'))) out.people = out.people.filter((p) => !p.startsWith('@'));
  out.evidence = out.evidence.filter((e, i) => out.evidence.findIndex((f) => f.detail === e.detail) === i);
  return out;
}
