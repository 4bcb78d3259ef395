#!/usr/bin/env node
/**
 * Rebuilds the bundled trust-programme registries (src/data/registries/*.json) from the
 * programmes' public sources. For a maintainer with internet access; the extension itself
 * never fetches anything. Sources (see src/data/registries/README.md):
 *   IFCN           GET https://ifcn-cop-prod-server-8q9x7.ondigitalocean.app/api/organization/signatories
 *                  (undocumented JSON used by ifcncodeofprinciples.poynter.org: organizations[])
 *   Trust Project  https://network.thetrustproject.org/ (partner directory) and /partner/<slug> pages
 *   JTI            https://www.journalismtrustinitiative.org/ certified list and jti-app.com/report/<id> pages
 *
 * Usage:
 *   npm run registries:update                       fetch everything, rewrite the three files
 *   npm run registries:update -- --only ifcn        one programme (ifcn, trust-project, jti)
 *   npm run registries:update -- --dry-run          print what would change, write nothing
 *   npm run registries:update -- --from DIR         read saved copies instead of fetching
 *                                                   (file names as in test/unit/registries/samples/)
 *
 * The parsers are pure functions (text in, entries out), tested against saved samples of
 * each source's format in test/unit/registries/. Merging keeps what a fresh source does
 * not say (since dates, other sources, notes) and never silently drops an entry: a Trust
 * Project partner missing from the directory becomes "removed"; an IFCN signatory missing
 * from the API becomes "historical".
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDomain } from 'tldts';
import { JSDOM } from 'jsdom';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const registryDir = join(root, 'src/data/registries');

export const SOURCES = {
  ifcnApi: 'https://ifcn-cop-prod-server-8q9x7.ondigitalocean.app/api/organization/signatories',
  ifcnProfile: (slug) => `https://ifcncodeofprinciples.poynter.org/profile/${slug}`,
  trustProjectDirectory: 'https://network.thetrustproject.org/',
  // The exact address of JTI's certified list is not documented; check it before a run.
  jtiCertified: 'https://www.journalismtrustinitiative.org/certified-media',
};

/* ---------------------------------------------------------------- shared helpers */

/** Sort key for entry names: accents and case folded, so "Ágora" sorts with "Agora". */
export function sortKey(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function compareEntries(a, b) {
  const ka = sortKey(a.name);
  const kb = sortKey(b.name);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * A website address → the domain an entry lists: the host without "www."/"m."/"amp.".
 * A deeper host (news.sky.com) is kept as is: the parent domain is not the member.
 */
export function entryDomain(website) {
  if (!website) return null;
  let url;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website.trim()}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '').replace(/^(?:www\d?|m|amp)\./, '');
  return getDomain(host) ? host : null;
}

/** The path part of a website address when it is more than "/" (a unit inside a bigger site). */
function sitePath(website) {
  try {
    const p = new URL(/^[a-z]+:\/\//i.test(website) ? website : `https://${website}`).pathname.replace(/\/+$/, '');
    return p || null;
  } catch {
    return null;
  }
}

function isoDate(value) {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value.trim());
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

function text(el) {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function documentOf(html, url) {
  return new JSDOM(html, { url }).window.document;
}

/* ---------------------------------------------------------------- IFCN */

const IFCN_STATUS = {
  'verified signatory': 'verified',
  'in renewal': 'in-renewal',
  'expired signatory': 'expired',
};

/**
 * IFCN signatories API JSON → registry entries. `fetchedAt` (YYYY-MM-DD) becomes each
 * entry's statusAsOf, because IFCN verification must be renewed every year.
 */
export function parseIfcnSignatories(json, fetchedAt) {
  const data = typeof json === 'string' ? JSON.parse(json) : json;
  const orgs = Array.isArray(data?.organizations) ? data.organizations : Array.isArray(data) ? data : [];
  const entries = [];
  for (const org of orgs) {
    const name = typeof org?.name === 'string' ? org.name.trim() : '';
    const status = IFCN_STATUS[String(org?.signatory_status ?? '').trim().toLowerCase()];
    if (!name || !status) continue;
    const website = org.organization_owner?.website ?? org.website ?? null;
    const domain = entryDomain(website);
    const path = website ? sitePath(website) : null;
    const entry = {
      name,
      domains: domain ? [path ? getDomain(domain) ?? domain : domain] : [],
      status,
      since: isoDate(org.signatory_status_approval_date),
      statusAsOf: fetchedAt.slice(0, 7),
      source: org.slug ? SOURCES.ifcnProfile(org.slug) : SOURCES.ifcnApi,
      evidence: 'ifcn-api',
    };
    if (path) Object.assign(entry, { scopeUrl: `https://${domain}${path}`, unitOnly: true });
    if (!domain) entry.note = 'IFCN lists no usable website for this signatory; domain left empty.';
    entries.push(entry);
  }
  return entries.sort(compareEntries);
}

/* ---------------------------------------------------------------- The Trust Project */

/** Partner directory page → [{ slug, name, url }] (links to /partner/<slug>). */
export function parseTrustProjectDirectory(html, baseUrl = SOURCES.trustProjectDirectory) {
  const doc = documentOf(html, baseUrl);
  const seen = new Map();
  for (const a of Array.from(doc.querySelectorAll('a[href*="/partner/"]'))) {
    const url = new URL(a.getAttribute('href'), baseUrl);
    const slug = /\/partner\/([^/?#]+)/.exec(url.pathname)?.[1];
    const name = a.getAttribute('title')?.trim() || text(a) || a.querySelector('img')?.getAttribute('alt')?.trim();
    if (slug && name && !seen.has(slug)) seen.set(slug, { slug, name, url: url.href });
  }
  return [...seen.values()];
}

/** One partner page → { name, website, since }: the outlet's own site is the external link labelled as its website. */
export function parseTrustProjectPartner(html, pageUrl) {
  const doc = documentOf(html, pageUrl);
  const name = text(doc.querySelector('h1')) || null;
  const pageHost = new URL(pageUrl).hostname;
  const links = Array.from(doc.querySelectorAll('a[href^="http"]')).filter((a) => {
    const host = new URL(a.href).hostname;
    return !host.endsWith('thetrustproject.org') && host !== pageHost && !/(facebook|twitter|x|instagram|linkedin|youtube)\.com$/.test(host);
  });
  const labelled = links.find((a) => /website|visit|site/i.test(`${text(a)} ${a.className} ${a.getAttribute('rel') ?? ''}`));
  const website = (labelled ?? links[0])?.href ?? null;
  const joined = /(?:joined|partner since|member since)\s*:?\s*([A-Za-z]+\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?)/i.exec(text(doc.body));
  let since = null;
  if (joined) since = isoDate(joined[1]) ?? monthYear(joined[1]);
  return { name, website, since };
}

function monthYear(s) {
  const d = new Date(`1 ${s} UTC`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 7);
}

export function trustProjectEntry(partner, page) {
  const domain = entryDomain(page.website);
  const entry = {
    name: page.name || partner.name,
    domains: domain ? [domain] : [],
    status: 'partner',
    since: page.since,
    source: partner.url,
    evidence: 'partner-page',
  };
  const path = page.website ? sitePath(page.website) : null;
  if (domain && path) entry.pathPrefix = path;
  if (!domain) entry.note = 'The partner page gives no website; domain left empty.';
  return entry;
}

/* ---------------------------------------------------------------- JTI */

/** A jti-app.com/report/<id> page → { name, website, certified, date }. */
export function parseJtiReport(html, pageUrl) {
  const doc = documentOf(html, pageUrl);
  const name = text(doc.querySelector('h1, .media-name, [data-field="media-name"]')) || null;
  const websiteEl = doc.querySelector('a[rel~="external"], a.website, [data-field="website"] a') ?? Array.from(doc.querySelectorAll('a[href^="http"]')).find((a) => !/jti-app\.com|journalismtrustinitiative\.org|rsf\.org/.test(a.href));
  const body = text(doc.body);
  const certified = /\bcertified\b|\bcertification (?:granted|issued|valid)/i.test(body) && !/\bnot (?:yet )?certified\b/i.test(body);
  const date = isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
  return { name, website: websiteEl?.href ?? null, certified, date };
}

/** The JTI certified-media list → [{ name, website }]. */
export function parseJtiCertifiedList(html, pageUrl = SOURCES.jtiCertified) {
  const doc = documentOf(html, pageUrl);
  const out = [];
  for (const item of Array.from(doc.querySelectorAll('li, tr, article, .media-card'))) {
    if (item.querySelector('li, tr, article, .media-card')) continue;
    const link = item.querySelector('a[href^="http"]');
    const name = text(item.querySelector('.media-name, h3, h2, td, strong')) || text(link);
    if (!name || !link || /jti-app\.com|journalismtrustinitiative\.org/.test(link.href)) continue;
    out.push({ name, website: link.href });
  }
  return out;
}

export function jtiEntry(item, source, certified, since = null) {
  const domain = entryDomain(item.website);
  const entry = { name: item.name, domains: domain ? [domain] : [], status: certified ? 'certified' : 'report', since, source };
  if (since) entry.dateKind = certified ? 'certification-reported' : 'report-first-published';
  if (!domain) entry.note = 'The source gives no website; domain left empty.';
  return entry;
}

/* ---------------------------------------------------------------- merging and checks */

function sameOutlet(a, b) {
  if (a.domains.some((d) => b.domains.includes(d)) && (a.pathPrefix ?? '') === (b.pathPrefix ?? '')) return true;
  return sortKey(a.name) === sortKey(b.name);
}

/**
 * Fresh entries replace matching previous ones, keeping what the fresh source does not
 * say. Previous entries the source no longer lists are kept with `missingStatus` (or
 * unchanged when it is null: the source is known to be partial).
 */
export function mergeEntries(previous, fresh, { missingStatus, asOf }) {
  const used = new Set();
  const merged = fresh.map((entry) => {
    const at = previous.findIndex((p, i) => !used.has(i) && sameOutlet(p, entry));
    if (at < 0) return entry;
    used.add(at);
    const old = previous[at];
    const out = { ...old, ...entry };
    out.since = entry.since ?? old.since ?? null;
    if (old.otherSources || entry.source !== old.source) {
      out.otherSources = [...new Set([...(old.otherSources ?? []), ...(old.source !== entry.source ? [old.source] : [])])];
    }
    if (!entry.domains.length && old.domains.length) out.domains = old.domains;
    if (entry.domains.length && out.note === 'The source gives no website; domain left empty.') delete out.note;
    return out;
  });
  previous.forEach((p, i) => {
    if (used.has(i)) return;
    if (!missingStatus || p.status === missingStatus) merged.push(p);
    else merged.push({ ...p, status: missingStatus, note: `${p.note ? `${p.note} ` : ''}Not in the programme's list fetched on ${asOf}.` });
  });
  return dedupeDomains(merged.sort(compareEntries));
}

/** A domain may appear once per file: later (alphabetical) duplicates lose it and say so. */
function dedupeDomains(entries) {
  const seen = new Set();
  return entries.map((e) => {
    const keep = e.domains.filter((d) => {
      const key = `${d}${e.pathPrefix ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (keep.length === e.domains.length) return e;
    return { ...e, domains: keep, note: `${e.note ? `${e.note} ` : ''}Domain shared with another entry; kept there.` };
  });
}

/** Problems that must block writing a registry file (the same rules the hygiene tests check). */
export function registryProblems(file) {
  const problems = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(file.asOf ?? '')) problems.push('asOf must be YYYY-MM-DD');
  const seenDomains = new Set();
  file.entries.forEach((e, i) => {
    const at = `${file.programme} #${i} ${e.name}`;
    if (!/^https?:\/\//.test(e.source ?? '')) problems.push(`${at}: source must be an http(s) URL`);
    if (!e.domains.length && !e.note) problems.push(`${at}: empty domains need a note`);
    for (const d of e.domains) {
      const key = `${d}${e.pathPrefix ?? ''}`;
      if (seenDomains.has(key)) problems.push(`${at}: domain ${d} listed twice`);
      seenDomains.add(key);
    }
    if (i > 0 && compareEntries(file.entries[i - 1], e) > 0) problems.push(`${at}: not sorted`);
  });
  return problems;
}

/* ---------------------------------------------------------------- fetching (main only) */

async function fetchText(url, from, savedName) {
  if (from) {
    const p = join(from, savedName);
    if (!existsSync(p)) throw new Error(`--from: missing ${p} (for ${url})`);
    return readFileSync(p, 'utf8');
  }
  const res = await fetch(url, { headers: { 'user-agent': 'provenance-lens registry update (maintainer run)', accept: 'text/html,application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  await new Promise((r) => setTimeout(r, 400)); // be polite to small sites
  return res.text();
}

function readRegistry(id) {
  return JSON.parse(readFileSync(join(registryDir, `${id}.json`), 'utf8'));
}

async function updateIfcn(opts) {
  const raw = await fetchText(SOURCES.ifcnApi, opts.from, 'ifcn-signatories.json');
  const fresh = parseIfcnSignatories(raw, opts.today);
  if (fresh.length < 20 && !opts.from) throw new Error(`IFCN: only ${fresh.length} signatories parsed; the API format may have changed`);
  const prev = readRegistry('ifcn');
  return { ...prev, asOf: opts.today, entries: mergeEntries(prev.entries, fresh, { missingStatus: 'historical', asOf: opts.today }) };
}

async function updateTrustProject(opts) {
  const dirHtml = await fetchText(SOURCES.trustProjectDirectory, opts.from, 'trust-project-directory.html');
  const partners = parseTrustProjectDirectory(dirHtml);
  if (partners.length < 20 && !opts.from) throw new Error(`Trust Project: only ${partners.length} partners parsed; the directory format may have changed`);
  const fresh = [];
  for (const partner of partners) {
    const html = await fetchText(partner.url, opts.from, `trust-project-partner-${partner.slug}.html`);
    fresh.push(trustProjectEntry(partner, parseTrustProjectPartner(html, partner.url)));
  }
  const prev = readRegistry('trust-project');
  return { ...prev, asOf: opts.today, entries: mergeEntries(prev.entries, fresh.sort(compareEntries), { missingStatus: 'removed', asOf: opts.today }) };
}

async function updateJti(opts) {
  const listHtml = await fetchText(SOURCES.jtiCertified, opts.from, 'jti-certified.html');
  const fresh = parseJtiCertifiedList(listHtml).map((item) => jtiEntry(item, SOURCES.jtiCertified, true));
  const prev = readRegistry('jti');
  // Reports already known: re-read each jti-app.com report page for a certification statement.
  for (const e of prev.entries) {
    const id = /jti-app\.com\/report\/([^/?#]+)/.exec(e.source)?.[1];
    if (!id) continue;
    const html = await fetchText(e.source, opts.from, `jti-report-${id}.html`).catch(() => null);
    if (!html) continue;
    const report = parseJtiReport(html, e.source);
    fresh.push(jtiEntry({ name: e.name, website: report.website ?? (e.domains[0] ? `https://${e.domains[0]}` : null) }, e.source, report.certified, report.date ?? e.since));
  }
  return { ...prev, asOf: opts.today, entries: mergeEntries(prev.entries, fresh.sort(compareEntries), { missingStatus: null, asOf: opts.today }) };
}

const UPDATERS = { ifcn: updateIfcn, 'trust-project': updateTrustProject, jti: updateJti };

async function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : null;
  };
  const only = (arg('--only') ?? Object.keys(UPDATERS).join(',')).split(',');
  const opts = { from: arg('--from') ? resolve(arg('--from')) : null, today: new Date().toISOString().slice(0, 10), dryRun: argv.includes('--dry-run') };
  let failed = false;
  for (const id of only) {
    const update = UPDATERS[id];
    if (!update) throw new Error(`unknown programme "${id}" (expected ${Object.keys(UPDATERS).join(', ')})`);
    try {
      const before = readRegistry(id).entries.length;
      const file = await update(opts);
      const problems = registryProblems(file);
      if (problems.length) throw new Error(`refusing to write ${id}.json:\n  ${problems.slice(0, 20).join('\n  ')}`);
      console.log(`${id}: ${before} → ${file.entries.length} entries, asOf ${file.asOf}${opts.dryRun ? ' (dry run, not written)' : ''}`);
      if (!opts.dryRun) writeFileSync(join(registryDir, `${id}.json`), `${JSON.stringify(file, null, 2)}\n`);
    } catch (e) {
      failed = true;
      console.error(`${id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
