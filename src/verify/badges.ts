/**
 * Checks a claimed badge against the programme's bundled registry. An absence is
 * "not found in our snapshot as of DATE", never "fake": every bundled list is incomplete.
 */
import type { Badge, BadgeStatus, RegistryEntryRef } from '../report';
import { REGISTRIES, indexRegistry, lookup, type RegistryEntry, type RegistryIndex } from './registry';
import { SIGNATURES, type Signature } from '../extract/badges/signatures';

const INDEXES = new Map<string, RegistryIndex>(REGISTRIES.map((r) => [r.programme, indexRegistry(r)]));

/** Better statuses first: when several entries cover the page, the best one is reported. */
const RANK: Record<BadgeStatus, number> = { verified: 0, 'report-only': 1, 'listed-expired': 2, 'not-listed': 3, 'no-public-list': 4, unchecked: 5 };

function monthsBetween(from: string, to: string): number {
  const [fy = 0, fm = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

/** The badge status one registry entry supports. */
export function statusOf(sig: Signature, entry: RegistryEntry, registryAsOf: string): BadgeStatus {
  const mapped = sig.statusMap[entry.status.toLowerCase()] ?? 'not-listed';
  // Programmes that renew yearly (IFCN): a "verified" seen long before the snapshot is stale.
  if (mapped === 'verified' && sig.staleAfterMonths !== null) {
    const seen = entry.statusAsOf ?? entry.since;
    if (!seen || monthsBetween(seen, registryAsOf) > sig.staleAfterMonths) return 'listed-expired';
  }
  return mapped;
}

function entryRef(entry: RegistryEntry): RegistryEntryRef {
  return { name: entry.name, domains: [...entry.domains], status: entry.status, since: entry.since, source: entry.source };
}

/** The status a claimed badge earns against its programme's bundled registry. */
export function verifyBadge(claim: Badge, pageUrl: URL | null): Badge {
  const sig: Signature | undefined = SIGNATURES.find((s) => s.id === claim.id);
  const badge = (status: BadgeStatus, asOf: string | null, registryEntry: RegistryEntryRef | null): Badge => ({
    ...claim,
    status,
    asOf,
    registryEntry,
  });
  const index = sig ? INDEXES.get(sig.registry) : undefined;
  if (!sig || !index) return badge('no-public-list', null, null);
  const { registry } = index;
  if (registry.publicList === false) return badge('no-public-list', registry.asOf, null);

  let best: { status: BadgeStatus; entry: RegistryEntry } | null = null;
  for (const entry of lookup(index, pageUrl)) {
    const status = statusOf(sig, entry, registry.asOf);
    if (!best || RANK[status] < RANK[best.status]) best = { status, entry };
  }
  if (!best || best.status === 'not-listed') return badge('not-listed', registry.asOf, null);
  return badge(best.status, registry.asOf, entryRef(best.entry));
}
