/**
 * The bundled trust-programme registries (src/data/registries/*.json) and the lookup of a
 * page URL in them. Matching is by registrable domain (Public Suffix List via tldts), then
 * narrowed by the entry's exact (sub)domain, pathPrefix and fact-check-unit scope, so a
 * partner's sister site or a newsroom's non-fact-check pages are never vouched for.
 */
import { getDomain } from 'tldts';
import trustProject from '../data/registries/trust-project.json';
import ifcn from '../data/registries/ifcn.json';
import jti from '../data/registries/jti.json';
import ipi from '../data/registries/ipi.json';
import sopa from '../data/registries/sopa.json';
import newsguard from '../data/registries/newsguard.json';

export interface RegistryEntry {
  name: string;
  domains: string[];
  status: string;
  since: string | null;
  source: string;
  pathPrefix?: string;
  scopeUrl?: string;
  unitOnly?: boolean;
  statusAsOf?: string;
  evidence?: string;
  note?: string;
}

export interface Registry {
  programme: string;
  name: string;
  homepage: string;
  asOf: string;
  /** False for programmes that publish no list (IPI, SOPA): their claims cannot be checked. */
  publicList?: boolean;
  note: string;
  entries: RegistryEntry[];
}

export const REGISTRIES: readonly Registry[] = [trustProject, ifcn, jti, ipi, sopa, newsguard] as Registry[];

/** The registrable domain of a host ("www.hongkongfp.com" → "hongkongfp.com"); the host itself when tldts has none. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return getDomain(h, { allowPrivateDomains: false }) ?? h;
}

function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function pathUnder(path: string, prefix: string): boolean {
  const p = prefix.replace(/\/+$/, '');
  return path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`) || p === '';
}

/** Whether the entry covers this very page (not just its organisation). */
export function entryCovers(entry: RegistryEntry, url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!entry.domains.some((d) => hostMatches(host, d))) return false;
  if (entry.pathPrefix && !pathUnder(url.pathname, entry.pathPrefix)) return false;
  if (entry.unitOnly) {
    // A fact-check unit inside a general news site vouches only for its own section.
    if (entry.pathPrefix) return true;
    if (!entry.scopeUrl) return false;
    try {
      const scope = new URL(entry.scopeUrl);
      return hostMatches(host, scope.hostname.replace(/^www\./, '')) && pathUnder(url.pathname, scope.pathname);
    } catch {
      return false;
    }
  }
  return true;
}

export interface RegistryIndex {
  registry: Registry;
  byDomain: Map<string, RegistryEntry[]>;
}

/** Entries keyed by the registrable domain of each of their domains: one Map lookup per page. */
export function indexRegistry(registry: Registry): RegistryIndex {
  const byDomain = new Map<string, RegistryEntry[]>();
  for (const entry of registry.entries) {
    for (const d of entry.domains) {
      const key = registrableDomain(d);
      const list = byDomain.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byDomain.set(key, list);
    }
  }
  return { registry, byDomain };
}

/** Every entry that covers the page, most specific (path-scoped) first. */
export function lookup(index: RegistryIndex, url: URL | null): RegistryEntry[] {
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return [];
  const candidates = index.byDomain.get(registrableDomain(url.hostname)) ?? [];
  return candidates
    .filter((e) => entryCovers(e, url))
    .sort((a, b) => Number(Boolean(b.pathPrefix ?? b.scopeUrl)) - Number(Boolean(a.pathPrefix ?? a.scopeUrl)));
}
