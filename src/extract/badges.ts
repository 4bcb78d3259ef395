/**
 * Trust-initiative badges the page shows, (claims only). (Issue #5.)
 * Detection is driven by src/data/badge-signatures.json; verification is
 * src/verify/ against src/data/registries/*.json. Nothing is fetched.
 */
import type { PageContext } from './page';
import type { Badge } from '../report';
import { detectClaims } from './badges/detect';

/**
 * The badges the page claims, as `unchecked`: checking them against the registries is
 * `checkReport` in src/verify/, which runs outside the page (background, CLI), so the
 * registries and the Public Suffix List never weigh on the content script.
 */
export function extractBadges(ctx: PageContext): Badge[] {
  return detectClaims(ctx.doc, ctx.url, ctx.budget).map((claim) => ({
    id: claim.signature.id,
    name: claim.signature.name,
    status: 'unchecked',
    asOf: null,
    registryEntry: null,
    evidence: claim.evidence,
  }));
}
