/**
 * Every string the popup and options page show comes from _locales/en/messages.json, and
 * every key there is one Chrome accepts (a hyphen makes Chrome refuse to load the extension:
 * 'Name of a key "badgestatus_listed-expired" is invalid').
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../../src/_locales/en/messages.json';

const root = join(__dirname, '../../..');
const read = (f: string): string => readFileSync(join(root, f), 'utf8');
const keys = new Set(Object.keys(messages));

/** Keys built from report values at run time (`badgeStatus_${status}` …), spelled out here. */
const DYNAMIC_KEYS = [
  ...['verified', 'listed_expired', 'report_only', 'not_listed', 'no_public_list'].map((s) => `badgeStatus_${s}`),
  ...['official', 'expert', 'civil_society', 'journalist', 'other'].map((k) => `personKind_${k}`),
  ...['news', 'opinion', 'analysis', 'review', 'sponsored', 'satire', 'other'].map((k) => `storyType_${k}`),
  ...['Restricted', 'NoAccess', 'Timeout', 'Error'].flatMap((s) => [`state${s}Title`, `state${s}Body`]),
  ...['JsonLd', 'Meta', 'Microdata', 'Label', 'Text', 'Link', 'Image'].map((s) => `evidence${s}`),
];

describe('locale keys', () => {
  it('are all valid Chrome message names', () => {
    expect([...keys].filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
  });

  it('cover every t("…") literal in the popup, options page and background', () => {
    const files = ['src/popup/render.ts', 'src/popup/index.ts', 'src/popup/citation.ts', 'src/options/index.ts'];
    const used = files.flatMap((f) => [...read(f).matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('cover every data-i18n attribute in popup.html and options.html', () => {
    const used = ['src/popup/popup.html', 'src/options/options.html'].flatMap((f) => [...read(f).matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]!));
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('cover the keys built at run time', () => {
    expect(DYNAMIC_KEYS.filter((k) => !keys.has(k))).toEqual([]);
  });
});
