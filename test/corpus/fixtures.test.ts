/**
 * The fixture harness (readability's test-pages harness is the model): every
 * `test/corpus/<id>/` holding `expected-*.json` files is loaded the way the CLI loads it (jsdom, the
 * URL from `gold.json`), analysed once (analyze, then the page-free checkReport), and compared with every `expected-*.json` in the same
 * folder — one `it` per page per field, so a failure names the page and the field.
 *
 * An `expected-*.json` file is an object `{ reportField: expectedValue }`. Comparison rules:
 * - scalars and arrays of scalars: deep equality;
 * - objects: only the keys the expected object lists are compared (a projection), recursively;
 * - arrays of objects: same length and order, each element compared as a projection;
 * - `{ "$contains": [ … ] }` in place of an array: every listed element must match some element
 *   of the report's array (as a projection), and in such elements strings match as substrings —
 *   for evidence lists and photo credits, where the exact wording is not the point.
 * Expected values say what the engine should output per the labels (gold.json, LABELS.md), not
 * a snapshot: where the engine cannot match a label yet, the field is left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../src/cli/load';
import { analyze, type Report } from '../../src/extract/index';
import { checkReport } from '../../src/verify/index';

const root = new URL('.', import.meta.url).pathname;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isPlainObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The report value restricted to the shape of the expected value (see the rules above). */
function project(actual: unknown, expected: Json, loose: boolean): unknown {
  if (isPlainObject(expected) && Array.isArray(expected['$contains'])) {
    const wanted = expected['$contains'];
    const list = Array.isArray(actual) ? actual : [];
    // Each wanted element is replaced by the first actual element that matches it, if any.
    return { $contains: wanted.map((w) => list.map((a) => project(a, w, true)).find((p) => matches(p, w)) ?? null) };
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return actual;
    return actual.map((a, i) => (i < expected.length ? project(a, expected[i]!, loose) : a));
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return actual;
    return Object.fromEntries(Object.keys(expected).map((k) => [k, project(actual[k], expected[k]!, loose)]));
  }
  if (loose && typeof expected === 'string' && typeof actual === 'string' && actual.includes(expected)) return expected;
  return actual;
}

function matches(projected: unknown, expected: Json): boolean {
  try {
    expect(projected).toEqual(expected);
    return true;
  } catch {
    return false;
  }
}

// The corpus as a whole is scored by `npm run eval` (floors in corpus.test.ts); these are the
// pages whose fields are pinned one by one.
const pages = readdirSync(root)
  .filter((id) => existsSync(join(root, id, 'source.html')) && readdirSync(join(root, id)).some((f) => /^expected-.+\.json$/.test(f)))
  .sort();

describe.each(pages)('%s', (id) => {
  const dir = join(root, id);
  const expectations = readdirSync(dir)
    .filter((f) => /^expected-.+\.json$/.test(f))
    .sort()
    .flatMap((f) => Object.entries(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, Json>).map(([field, value]) => ({ file: f, field, value })));
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { url?: string | null };

  let report: Report | null = null;
  const getReport = (): Report => {
    if (!report) {
      const { dom } = loadPage(join(dir, 'source.html'), gold.url ?? undefined);
      // The whole pipeline, as the CLI and the background run it: the page step, then the page-free checks.
      report = checkReport(analyze(dom.window.document, gold.url ?? null));
    }
    return report;
  };

  for (const { file, field, value } of expectations) {
    it(`${field} (${file})`, () => {
      const actual = (getReport() as unknown as Record<string, unknown>)[field];
      expect(project(actual, value, false), `${id}: ${field}`).toEqual(
        isPlainObject(value) && Array.isArray(value['$contains']) ? { $contains: value['$contains'] } : value,
      );
    });
  }
});
