/**
 * Badge signatures (src/data/badge-signatures.json) compiled once: what a trust programme's
 * claim looks like on a page — its hosts, its report/profile links, the widget classes,
 * and alt-text and file-name patterns.
 */
import data from '../../data/badge-signatures.json';
import type { BadgeStatus } from '../../report';

interface RawSignature {
  id: string;
  name: string;
  registry: string;
  hosts: string[];
  claimUrlPatterns: string[];
  selectors: string[];
  labelPatterns: string[];
  imagePatterns: string[];
  statusMap: Record<string, string>;
  staleAfterMonths?: number;
}

export interface Signature {
  id: string;
  name: string;
  registry: string;
  hosts: string[];
  claimUrl: RegExp | null;
  selectors: string[];
  label: RegExp | null;
  image: RegExp | null;
  statusMap: Record<string, BadgeStatus>;
  staleAfterMonths: number | null;
}

function union(patterns: string[]): RegExp | null {
  return patterns.length ? new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i') : null;
}

export function compileSignature(raw: RawSignature): Signature {
  return {
    id: raw.id,
    name: raw.name,
    registry: raw.registry,
    hosts: raw.hosts.map((h) => h.toLowerCase()),
    claimUrl: union(raw.claimUrlPatterns),
    selectors: raw.selectors,
    label: union(raw.labelPatterns),
    image: union(raw.imagePatterns),
    statusMap: raw.statusMap as Record<string, BadgeStatus>,
    staleAfterMonths: raw.staleAfterMonths ?? null,
  };
}

export const SIGNATURES: readonly Signature[] = (data.programmes as unknown as RawSignature[]).map(compileSignature);

/** Host (lower-case, sub-domains included) → the programme it belongs to. */
export function signatureForHost(host: string, signatures: readonly Signature[] = SIGNATURES): Signature | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const s of signatures) {
    if (s.hosts.some((d) => h === d || h.endsWith(`.${d}`))) return s;
  }
  return null;
}
