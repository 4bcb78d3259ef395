#!/usr/bin/env node
// Generates src/report.schema.json from the Report type in src/report.ts, so the schema
// can never drift from the types: `npm run schema` rewrites it, `--check` fails if stale.
import { createGenerator } from 'ts-json-schema-generator';
import { readFileSync, writeFileSync } from 'node:fs';

const out = new URL('../src/report.schema.json', import.meta.url);
const schema = createGenerator({
  path: new URL('../src/report.ts', import.meta.url).pathname,
  tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
  type: 'Report',
  additionalProperties: false,
  skipTypeCheck: true,
}).createSchema('Report');
const text = JSON.stringify(schema, null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== text) {
    console.error('src/report.schema.json is out of date with src/report.ts: run npm run schema');
    process.exit(1);
  }
  console.log('report schema is up to date');
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out.pathname}`);
}
