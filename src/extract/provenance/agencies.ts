/**
 * The agency table (src/data/agencies.json) as lookups: by whole name, by host, and as a
 * scanner for agency names inside a short credit text. Short ambiguous names ("AP", "PA")
 * are only found where the caller says the context is a credit, never in running prose.
 */
import data from '../../data/agencies.json';
import { escapeRegExp, foldKey } from './util';

export interface Agency {
  short: string;
  name: string;
  aliases: string[];
  domains: string[];
  kind: 'wire' | 'photo';
  ambiguous?: string[];
}

export const AGENCIES: readonly Agency[] = data.agencies as Agency[];

const byFoldedAlias = new Map<string, Agency>();
for (const a of AGENCIES) {
  for (const alias of [a.short, a.name, ...a.aliases]) {
    const key = foldKey(alias).replace(/^the /, '');
    if (!byFoldedAlias.has(key)) byFoldedAlias.set(key, a);
  }
}

/** The agency a whole name denotes ("AFP", "The Associated Press", "Afp Afp"), or null. */
export function agencyByName(name: string): Agency | null {
  const key = foldKey(name).replace(/^(?:the|by) /, '');
  return byFoldedAlias.get(key) ?? null;
}

/** The agency whose own site `host` is (reuters.com, apnews.com, hosted.ap.org …). */
export function agencyByHost(host: string | null | undefined): Agency | null {
  if (!host) return null;
  const h = host.toLowerCase();
  return AGENCIES.find((a) => a.domains.some((d) => h === d || h.endsWith(`.${d}`))) ?? null;
}

/** Acronyms are matched with their case ("AP", not "ap"); longer names case-insensitively. */
function aliasPattern(alias: string): { source: string; caseSensitive: boolean } {
  const caseSensitive = alias.length <= 5 && alias === alias.toUpperCase();
  return { source: escapeRegExp(alias).replace(/\\?[- ]/g, '[-\\s]'), caseSensitive };
}

function buildScanner(includeAmbiguous: boolean): { sensitive: RegExp; insensitive: RegExp; lookup: Map<string, Agency> } {
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  const lookup = new Map<string, Agency>();
  for (const a of AGENCIES) {
    for (const alias of new Set([a.short, a.name, ...a.aliases])) {
      if (!includeAmbiguous && a.ambiguous?.includes(alias)) continue;
      const p = aliasPattern(alias);
      (p.caseSensitive ? sensitive : insensitive).push(p.source);
      lookup.set(foldKey(alias), a);
    }
  }
  // Longest first, so "Agence France-Presse" wins over "AFP" inside it.
  const join = (xs: string[]): string => xs.sort((x, y) => y.length - x.length).join('|');
  const edge = '(?<![\\p{L}\\p{N}])';
  const end = '(?![\\p{L}\\p{N}])';
  return {
    sensitive: new RegExp(`${edge}(?:${join(sensitive)})${end}`, 'gu'),
    insensitive: new RegExp(`${edge}(?:${join(insensitive)})${end}`, 'giu'),
    lookup,
  };
}

const strictScanner = buildScanner(false);
const creditScanner = buildScanner(true);

export interface AgencyMention {
  agency: Agency;
  index: number;
  text: string;
}

/**
 * Agencies named in `text`, in order. `credit` allows the ambiguous short names: use it only
 * for text that is already known to be a credit (a photo credit, a byline role, a copyright line).
 */
export function agenciesIn(text: string, credit = false): AgencyMention[] {
  const s = credit ? creditScanner : strictScanner;
  const found: AgencyMention[] = [];
  for (const re of [s.sensitive, s.insensitive]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const agency = s.lookup.get(foldKey(m[0]));
      if (agency) found.push({ agency, index: m.index, text: m[0] });
      if (found.length > 50) break;
    }
  }
  found.sort((a, b) => a.index - b.index);
  // Drop mentions nested in a longer one ("AFP" inside "AFP via Getty").
  return found.filter((f, i) => !found.some((g, j) => j !== i && g.index <= f.index && g.index + g.text.length >= f.index + f.text.length && g.text.length > f.text.length));
}

export function uniqueShorts(mentions: AgencyMention[]): string[] {
  return [...new Set(mentions.map((m) => m.agency.short))];
}
