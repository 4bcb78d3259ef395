/**
 * Properties of the boundary between the two halves of the engine (issue #8): the content
 * script sends a page reading to the background, which checks it with `parsePageReading`
 * and finishes it with `completeReport`. Whatever arrives:
 * - `parsePageReading` never throws; it accepts or refuses;
 * - a reading it accepts is finished without throwing, and what the background computes
 *   (quotes, people, sourcing, errors, truncated, elapsedMs) validates against the schema,
 *   even when the reading's offsets and texts disagree with each other. The page fields
 *   themselves are checked for shape only: they come from our own content script (a page
 *   cannot send runtime messages), and the popup shows them as text, links only if http(s).
 * - an untouched reading is always accepted.
 * The seed is printed; rerun one failure with FC_SEED=<seed>.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { completeReport, readPage, type PageReading } from '../../src/extract/index';
import { parsePageReading } from '../../src/messages';
import { validateReport } from '../../src/cli/validate';

const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2_147_483_647);
const tally = { accepted: 0, refused: 0 };
afterAll(() => console.log(`\nreading properties: seed ${seed} (rerun with FC_SEED=${seed}); accepted ${tally.accepted}, refused ${tally.refused}`));

const FIXTURE = resolve(__dirname, '../corpus/hkfp-afp-un-xinjiang/source.html');
const URL = 'https://hongkongfp.com/2024/08/27/problematic-policies-persist-in-chinas-xinjiang-un-rights-office-says/';
const reading: PageReading = readPage(new JSDOM(readFileSync(FIXTURE, 'utf8'), { url: URL }).window.document, URL);

/** Any JSON-like value, including the shapes a reading is made of. */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: -5, max: 1e9 }),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.boolean(),
  fc.array(fc.integer({ min: -10, max: 1e7 }), { maxLength: 6 }),
  fc.constant({}),
  fc.constant([]),
);

/** A path into the reading (as keys) and a value to put there. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  out.push(prefix);
  if (depth > 5 || value === null || typeof value !== 'object') return out;
  const entries = Array.isArray(value) ? value.slice(0, 4).map((v, i) => [i, v] as const) : Object.entries(value).slice(0, 40);
  for (const [k, v] of entries) paths(v, [...prefix, k], out, depth + 1);
  return out;
}
const allPaths = paths(reading).filter((p) => p.length > 0);

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    // An earlier edit replaced this branch: nothing left to edit here.
    if (next === null || typeof next !== 'object') return copy;
    node = next as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return copy;
}

describe('the page reading crossing into the background', () => {
  it('is accepted untouched, and finished into the report analysing in one go gives', () => {
    const parsed = parsePageReading(structuredClone(reading));
    expect(parsed).not.toBeNull();
    const report = completeReport(parsed!);
    expect(validateReport(report)).toEqual([]);
    expect(report.quotes.length).toBeGreaterThan(5);
  });

  const good = completeReport(structuredClone(reading));
  /** The fields the background computes, checked against the schema on a known-good frame. */
  const computedFieldsValid = (r: ReturnType<typeof completeReport>) =>
    validateReport({ ...good, quotes: r.quotes, people: r.people, sourcing: r.sourcing, errors: r.errors, truncated: r.truncated, elapsedMs: r.elapsedMs });

  it('never throws on a reading with any field replaced by junk; what the background computes from it is valid', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...allPaths), junk), { minLength: 1, maxLength: 4 }), (edits) => {
        let spoiled: unknown = reading;
        for (const [path, value] of edits) spoiled = setAt(spoiled, path, value);
        const parsed = parsePageReading(spoiled);
        if (!parsed) {
          tally.refused++;
          return;
        }
        tally.accepted++;
        expect(computedFieldsValid(completeReport(parsed))).toEqual([]);
      }),
      { seed, numRuns: 400 },
    );
  });

  it('finishes paragraphs whose text does not match the index text behind their offsets; refuses offsets past its end', () => {
    const indexLength = reading.quoteText!.indexText.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * indexLength }), fc.string({ maxLength: 200 }), (offset, text) => {
        const spoiled = structuredClone(reading);
        spoiled.quoteText!.paragraphs = [{ text: `“${text},” she said.`, localStarts: [0], indexStarts: [offset], prose: true }];
        const parsed = parsePageReading(spoiled);
        if (offset > indexLength) {
          expect(parsed).toBeNull();
          return;
        }
        expect(parsed).not.toBeNull();
        expect(computedFieldsValid(completeReport(parsed!))).toEqual([]);
      }),
      { seed, numRuns: 200 },
    );
  });

  it('refuses what is not a reading at all', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(() => parsePageReading(x)).not.toThrow();
      }),
      { seed, numRuns: 300 },
    );
  });
});
