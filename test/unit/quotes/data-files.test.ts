import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import weights from '../../../src/data/attribution-weights.json';
import roleHeads from '../../../src/data/role-heads.json';
import verbs from '../../../src/data/speech-verbs.json';
import lexicon from '../../../src/data/quote-lexicon.json';

const WEIGHTS_PATH = new URL('../../../src/data/attribution-weights.json', import.meta.url);

describe('attribution-weights.json: the fitted scorer that ships', () => {
  it('stays small enough for the content script (≤ 200 kB)', () => {
    expect(statSync(WEIGHTS_PATH).size).toBeLessThanOrEqual(200_000);
  });

  it('names the corpora it was fitted on, the commit and the date', () => {
    expect(weights.source).toMatch(/PolNeAR/);
    expect(weights.source).toMatch(/Wikinews/);
    expect(weights.source).toMatch(/test\/corpus/);
    expect(weights.fittedAt).toMatch(/^[0-9a-f]{7,40}$|^unknown$/);
    expect(weights.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.values(weights.examples).every((n) => n > 100)).toBe(true);
  });

  it('holds finite weights and a probability threshold', () => {
    const values = Object.values(weights.weights);
    expect(values.length).toBeGreaterThan(50);
    expect(values.every((v) => Number.isFinite(v) && Math.abs(v) < 50)).toBe(true);
    expect(weights.threshold).toBeGreaterThanOrEqual(0);
    expect(weights.threshold).toBeLessThan(1);
  });

  it('carries no corpus text: feature names are short codes, not sentences', () => {
    expect(Object.keys(weights.weights).every((f) => f.length <= 80 && !/\s/.test(f))).toBe(true);
  });
});

describe('role-heads.json: nouns counted on the train splits', () => {
  const orgAndDocumentNouns = new Set([...lexicon.orgWords, ...lexicon.documentNouns.en].map((w) => w.toLowerCase()));
  it('says where it was counted', () => {
    expect(roleHeads.source).toMatch(/train/);
    expect(roleHeads.heads.length).toBeGreaterThan(30);
  });
  it('holds single lower-case words, sorted and unique, none of them an organisation or document noun', () => {
    for (const h of roleHeads.heads) {
      expect(h).toBe(h.toLowerCase());
      expect(h).not.toMatch(/\s/);
      expect(orgAndDocumentNouns.has(h)).toBe(false);
    }
    expect([...new Set(roleHeads.heads)].sort()).toEqual(roleHeads.heads);
  });
});

describe('speech-verbs.json: cue verbs per language', () => {
  it('names its sources and has verbs for every language it lists', () => {
    expect(verbs._source.length).toBeGreaterThan(40);
    for (const [lang, list] of Object.entries(verbs.speech)) {
      expect(list.length, lang).toBeGreaterThan(5);
      expect(new Set(list).size, `${lang} has duplicates`).toBe(list.length);
      expect(list.every((v) => v === v.toLowerCase() && v.trim() === v), lang).toBe(true);
    }
  });
  it('is valid JSON on disk (no comments, no trailing commas)', () => {
    expect(() => JSON.parse(readFileSync(new URL('../../../src/data/speech-verbs.json', import.meta.url), 'utf8'))).not.toThrow();
  });
});
