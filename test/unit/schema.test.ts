/**
 * The report schema is generated from src/report.ts (scripts/schema.mjs) and used by the
 * tests and `provenance-lens analyze --validate`: it must be up to date with the types,
 * accept what the engine produces, and reject what the contract forbids.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/index';
import { validateReport } from '../../src/cli/validate';
import type { Report } from '../../src/report';

const root = resolve(__dirname, '../..');
const sampleUrl = 'https://hongkongfp.com/2024/08/27/problematic-policies-persist-in-chinas-xinjiang-un-rights-office-says/';
const sample = (): Report => {
  const html = readFileSync(resolve(root, 'test/corpus/hkfp-afp-un-xinjiang/source.html'), 'utf8');
  return analyze(new JSDOM(html, { url: sampleUrl }).window.document, sampleUrl);
};

describe('report schema', () => {
  it('src/report.schema.json is what scripts/schema.mjs generates from src/report.ts today', () => {
    const out = execFileSync('node', ['scripts/schema.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  }, 60_000);

  it("the sample article's report validates", () => {
    const report = sample();
    expect(report.quotes.length).toBeGreaterThan(0);
    expect(validateReport(report)).toEqual([]);
  });

  it('rejects what the contract forbids: a missing field, an unknown field, a javascript: URL, confidence above 1, a negative offset', () => {
    const good = sample();
    const bad = (mutate: (r: Record<string, unknown> & Report) => void): string[] => {
      const r = structuredClone(good) as Record<string, unknown> & Report;
      mutate(r);
      return validateReport(r);
    };
    expect(bad((r) => delete (r as Partial<Report>).quotes)).not.toEqual([]);
    expect(bad((r) => (r['surprise'] = 1))).not.toEqual([]);
    expect(bad((r) => (r.url = 'javascript:alert(1)'))).not.toEqual([]);
    expect(bad((r) => (r.quotes[0]!.confidence = 1.5))).not.toEqual([]);
    expect(bad((r) => (r.quotes[0]!.anchor.start = -1))).not.toEqual([]);
    expect(bad((r) => (r.quotes[0]!.anchor.end = 2.5))).not.toEqual([]);
    expect(bad((r) => (r.trustIndicators = [{ indicator: 'x', url: 'data:,x', text: null, evidence: [] }]))).not.toEqual([]);
  });
});
