/** Types for scripts/update-registries.mjs, so the TypeScript tests can import its parsers. */
export interface ScriptRegistryEntry {
  name: string;
  domains: string[];
  status: string;
  since: string | null;
  source: string;
  statusAsOf?: string;
  evidence?: string;
  pathPrefix?: string;
  scopeUrl?: string;
  unitOnly?: boolean;
  dateKind?: string;
  otherSources?: string[];
  note?: string;
}
export interface ScriptRegistryFile {
  programme: string;
  asOf: string;
  entries: ScriptRegistryEntry[];
  [key: string]: unknown;
}
export const SOURCES: { ifcnApi: string; ifcnProfile(slug: string): string; trustProjectDirectory: string; jtiCertified: string };
export function sortKey(name: string): string;
export function compareEntries(a: { name: string }, b: { name: string }): number;
export function entryDomain(website: string | null | undefined): string | null;
export function parseIfcnSignatories(json: unknown, fetchedAt: string): ScriptRegistryEntry[];
export function parseTrustProjectDirectory(html: string, baseUrl?: string): { slug: string; name: string; url: string }[];
export function parseTrustProjectPartner(html: string, pageUrl: string): { name: string | null; website: string | null; since: string | null };
export function trustProjectEntry(partner: { slug: string; name: string; url: string }, page: { name: string | null; website: string | null; since: string | null }): ScriptRegistryEntry;
export function parseJtiReport(html: string, pageUrl: string): { name: string | null; website: string | null; certified: boolean; date: string | null };
export function parseJtiCertifiedList(html: string, pageUrl?: string): { name: string; website: string }[];
export function jtiEntry(item: { name: string; website: string | null }, source: string, certified: boolean, since?: string | null): ScriptRegistryEntry;
export function mergeEntries(previous: ScriptRegistryEntry[], fresh: ScriptRegistryEntry[], opts: { missingStatus: string | null; asOf: string }): ScriptRegistryEntry[];
export function registryProblems(file: ScriptRegistryFile): string[];
