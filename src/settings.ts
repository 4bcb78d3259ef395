/**
 * The reader's settings, kept in `browser.storage.local` under one key with a version.
 *
 * `migrateSettings` is pure: whatever is stored (nothing, an older version, a newer version
 * written by a later release, or garbage) becomes a valid `Settings`. A field that fails
 * validation falls back to its default on its own, so one bad value never resets the rest.
 */
import type { MarkSettings, MarkStyle } from './messages';

export type ExportFormat = 'json' | 'text';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Mark quotes in the page once the analysis has run. */
  marks: boolean;
  markStyle: MarkStyle;
  /** Hostnames the reader chose for automatic analysis (each also needs its host permission). */
  autoSites: string[];
  /** What "Copy report" puts on the clipboard. */
  exportFormat: ExportFormat;
}

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  marks: true,
  markStyle: 'underline',
  autoSites: [],
  exportFormat: 'json',
});

type Raw = Record<string, unknown>;

/**
 * Steps from version N to N+1; add one whenever a stored field changes shape. Version 0 is
 * anything written without a version (hand-edited storage, a sync from a broken profile).
 */
const MIGRATIONS: Record<number, (s: Raw) => Raw> = {
  0: (s) => ({ ...s, version: 1 }),
};

function isRecord(x: unknown): x is Raw {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** "https://www.Example.com/news/1" or "example.com" → "www.example.com"; null when it is not a web host. */
export function normaliseSite(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  // A bare word ("news") or an IP-less single label is almost always a typo, except localhost.
  if (!host.includes('.') && host !== 'localhost') return null;
  if (host.includes('*')) return null;
  return host;
}

/** The host-permission patterns one site needs (both schemes: many outlets still serve http redirects). */
export function originsForSite(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

function parseSites(x: unknown): string[] | null {
  if (!Array.isArray(x)) return null;
  const sites = x.map((s) => (typeof s === 'string' ? normaliseSite(s) : null)).filter((s): s is string => s !== null);
  return [...new Set(sites)].sort();
}

/** Any stored value → valid settings (pure; see the module comment). */
export function migrateSettings(stored: unknown): Settings {
  if (!isRecord(stored)) return { ...DEFAULT_SETTINGS, autoSites: [] };
  let s: Raw = { ...stored };
  let version = typeof s.version === 'number' && Number.isInteger(s.version) && s.version >= 0 ? s.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    s = step(s);
    version += 1;
  }
  // A newer release may have written more fields: read the ones we know, ignore the rest.
  return {
    version: SETTINGS_VERSION,
    marks: typeof s.marks === 'boolean' ? s.marks : DEFAULT_SETTINGS.marks,
    markStyle: s.markStyle === 'underline' || s.markStyle === 'tint' ? s.markStyle : DEFAULT_SETTINGS.markStyle,
    autoSites: parseSites(s.autoSites) ?? [],
    exportFormat: s.exportFormat === 'json' || s.exportFormat === 'text' ? s.exportFormat : DEFAULT_SETTINGS.exportFormat,
  };
}

/** The part of the settings the content script needs for one analysis. */
export function markSettings(s: Settings): MarkSettings {
  return { marks: s.marks, markStyle: s.markStyle };
}

/** Is `url` on a site the reader chose for automatic analysis? */
export function isAutoSite(s: Settings, url: string): boolean {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
    host = u.hostname.toLowerCase();
  } catch {
    return false;
  }
  return s.autoSites.includes(host);
}

/** Minimal storage area shape, so tests can pass a Map-backed fake. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return migrateSettings(got[SETTINGS_KEY]);
}

/** Applies `change` to the current settings and stores the result (validated again). */
export async function saveSettings(area: StorageAreaLike, change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const next = migrateSettings({ ...(await loadSettings(area)), ...change });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/**
 * Rewrites the stored record in the current version when it is older, partial or invalid
 * (run on install/update, so the stored shape never lags behind the code). Returns whether it wrote.
 */
export async function persistMigratedSettings(area: StorageAreaLike): Promise<boolean> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const migrated = migrateSettings(stored);
  // Storage may hand keys back in another order (Chrome sorts them): compare order-free.
  const canonical = (x: unknown): string =>
    JSON.stringify(x, (_key, v: unknown) => (isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
  if (canonical(stored) === canonical(migrated)) return false;
  await area.set({ [SETTINGS_KEY]: migrated });
  return true;
}
