/** Settings in storage (src/settings.ts): defaults, migrations, per-field validation, site lists. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  isAutoSite,
  loadSettings,
  migrateSettings,
  persistMigratedSettings,
  normaliseSite,
  originsForSite,
  saveSettings,
  type StorageAreaLike,
} from '../../../src/settings';

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: (key) => Promise.resolve(key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: (items) => {
      Object.assign(data, structuredClone(items));
      return Promise.resolve();
    },
  };
}

describe('migrateSettings', () => {
  it('gives the defaults on first run (nothing stored) and for garbage', () => {
    for (const stored of [undefined, null, 'x', 42, [], [1, 2]]) expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults to marks on, underline, no automatic sites, JSON export', () => {
    expect(DEFAULT_SETTINGS).toEqual({ version: SETTINGS_VERSION, marks: true, markStyle: 'underline', autoSites: [], exportFormat: 'json' });
  });

  it('upgrades unversioned data, keeping every valid field', () => {
    expect(migrateSettings({ marks: false, markStyle: 'tint', exportFormat: 'text', autoSites: ['hongkongfp.com'] })).toEqual({
      version: SETTINGS_VERSION,
      marks: false,
      markStyle: 'tint',
      autoSites: ['hongkongfp.com'],
      exportFormat: 'text',
    });
  });

  it('resets only the field that is invalid, not the whole record', () => {
    const s = migrateSettings({ version: SETTINGS_VERSION, marks: 'yes', markStyle: 'tint', exportFormat: 'pdf', autoSites: 'bbc.co.uk' });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'tint', autoSites: [] });
  });

  it('reads what it knows from a newer release and drops unknown fields', () => {
    const s = migrateSettings({ version: SETTINGS_VERSION + 5, marks: false, futureThing: { a: 1 } });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, marks: false, autoSites: [] });
    expect('futureThing' in s).toBe(false);
  });

  it('normalises, de-duplicates and sorts the automatic sites, dropping non-web entries', () => {
    const s = migrateSettings({ autoSites: ['https://www.BBC.co.uk/news/1', 'www.bbc.co.uk', 'javascript:alert(1)', 'news', 7, 'apnews.com'] });
    expect(s.autoSites).toEqual(['apnews.com', 'www.bbc.co.uk']);
  });

  it('never lets a stored __proto__ key change the settings object', () => {
    const s = migrateSettings(JSON.parse('{"__proto__": {"marks": false}, "markStyle": "tint"}'));
    expect(s.marks).toBe(true);
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
  });
});

describe('sites for automatic analysis', () => {
  it('accepts a bare host or a pasted article URL and keeps only the host', () => {
    expect(normaliseSite('hongkongfp.com')).toBe('hongkongfp.com');
    expect(normaliseSite('  https://HongKongFP.com/2024/08/27/story/?x=1 ')).toBe('hongkongfp.com');
    expect(normaliseSite('http://localhost:8080/')).toBe('localhost');
  });

  it('rejects what cannot be a web site', () => {
    for (const bad of ['', '   ', 'news', 'ftp://example.com', 'file:///etc/passwd', 'chrome://settings', '*.example.com', 'http://']) {
      expect(normaliseSite(bad), bad).toBeNull();
    }
  });

  it('asks for exactly that host on http and https, never a wildcard', () => {
    expect(originsForSite('hongkongfp.com')).toEqual(['https://hongkongfp.com/*', 'http://hongkongfp.com/*']);
  });

  it('matches a page only on a chosen host (not its subdomains or look-alikes)', () => {
    const s = { ...DEFAULT_SETTINGS, autoSites: ['hongkongfp.com'] };
    expect(isAutoSite(s, 'https://hongkongfp.com/2024/08/27/x/')).toBe(true);
    expect(isAutoSite(s, 'https://evil-hongkongfp.com/')).toBe(false);
    expect(isAutoSite(s, 'https://news.hongkongfp.com/')).toBe(false);
    expect(isAutoSite(s, 'about:blank')).toBe(false);
  });
});

describe('loadSettings / saveSettings', () => {
  it('stores a validated, versioned record under one key', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { marks: true } });
    await saveSettings(area, { markStyle: 'tint' });
    expect(area.data[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'tint' });
    expect(await loadSettings(area)).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'tint' });
  });

  it('does not store an invalid change', async () => {
    const area = memoryArea();
    await saveSettings(area, { markStyle: 'blink' as never, autoSites: ['not a site'] });
    expect(area.data[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
  });

  it('rewrites an old or partial record in the current shape on install/update, and leaves a current one alone', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { marks: false } });
    expect(await persistMigratedSettings(area)).toBe(true);
    expect(area.data[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, marks: false });
    expect(await persistMigratedSettings(area)).toBe(false);
    // Chrome hands the keys back sorted: still the same record.
    area.data[SETTINGS_KEY] = Object.fromEntries(Object.entries(area.data[SETTINGS_KEY] as object).sort());
    expect(await persistMigratedSettings(area)).toBe(false);
  });
});
