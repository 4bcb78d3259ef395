/**
 * The real pages in test/corpus: each `expected-badges.json` (badges and, where given,
 * trustIndicators) must match the report field by field — every field written there, in
 * order, with no extra badge. Pages that show no trust badge expect `"badges": []`, so a
 * false badge on any of them fails here. (Kept until the shared fixture harness exists.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage as analyze } from '../../../src/engine';
import { loadPage } from '../../../src/cli/load';

const fixtures = resolve(__dirname, '../../corpus');
const cases = readdirSync(fixtures)
  .filter((id) => existsSync(join(fixtures, id, 'expected-badges.json')))
  .map((id) => ({
    id,
    expected: JSON.parse(readFileSync(join(fixtures, id, 'expected-badges.json'), 'utf8')) as Record<string, unknown>,
    url: (JSON.parse(readFileSync(join(fixtures, id, 'gold.json'), 'utf8')) as { url: string | null }).url,
  }));

describe.each(cases)('fixture $id', ({ id, expected, url }) => {
  it('reports the badges (and Trust Indicators) its expected-badges.json lists', () => {
    const { dom } = loadPage(join(fixtures, id, 'source.html'), url ?? undefined);
    const report = analyze(dom.window.document, url);
    for (const [field, value] of Object.entries(expected)) {
      expect((report as unknown as Record<string, unknown>)[field], field).toMatchObject(value as object);
    }
  });
});
