/**
 * Registry hygiene: every bundled registry file is valid against its schema, sorted,
 * without duplicate entries or domains, and every entry names a source and a domain (or
 * says why it has none). The badge signatures must point at registries that exist and map
 * every status those registries use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { compareEntries, registryProblems, type ScriptRegistryFile } from '../../../scripts/update-registries.mjs';
import signatures from '../../../src/data/badge-signatures.json';
import { REGISTRIES } from '../../../src/verify/registry';
import schema from './registry.schema.json';

const dir = resolve(__dirname, '../../../src/data/registries');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, data: JSON.parse(readFileSync(join(dir, f), 'utf8')) as ScriptRegistryFile }));
const validate = new Ajv({ allErrors: true }).compile(schema);
const BADGE_STATUSES = ['verified', 'listed-expired', 'report-only', 'not-listed', 'no-public-list'];

describe.each(files)('$file', ({ file, data }) => {
  it('is valid against the registry schema', () => {
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('is named after its programme id', () => {
    expect(file).toBe(`${data.programme}.json`);
  });

  it('is sorted by name, with unique entries and no domain listed twice (the update script checks the same)', () => {
    expect(registryProblems(data)).toEqual([]);
    const sorted = [...data.entries].sort(compareEntries);
    expect(data.entries.map((e) => e.name)).toEqual(sorted.map((e) => e.name));
    const keys = data.entries.map((e) => `${e.name}|${e.domains.join(',')}|${e.pathPrefix ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every entry a source URL and a domain, or a note saying why the domain is empty', () => {
    for (const e of data.entries) {
      expect(e.source, e.name).toMatch(/^https?:\/\//);
      if (e.domains.length === 0) expect(e.note, `${e.name} has no domain and no note`).toBeTruthy();
    }
  });

  it('lists registrable domains, or a deliberate sub-domain explained in the entry note (news.sky.com)', () => {
    for (const e of data.entries) {
      for (const d of e.domains) {
        if (getDomain(d) !== d) expect(e.note, `${e.name}: ${d} is a sub-domain without a note`).toBeTruthy();
      }
    }
  });

  it('marks a programme without entries as having no public list', () => {
    if (data.entries.length === 0) expect(data['publicList']).toBe(false);
  });
});

describe('badge signatures', () => {
  const programmes = signatures.programmes;

  it('point at registries that are bundled, and only use the report badge statuses', () => {
    const bundled = new Set(REGISTRIES.map((r) => r.programme));
    for (const p of programmes) {
      expect(bundled.has(p.registry), p.id).toBe(true);
      for (const s of Object.values(p.statusMap)) expect(BADGE_STATUSES).toContain(s);
    }
  });

  it('map every status a registry with a public list uses (no entry silently becomes not-listed)', () => {
    for (const r of REGISTRIES) {
      const sig = programmes.find((p) => p.registry === r.programme);
      const mapped = Object.keys(sig?.statusMap ?? {});
      for (const e of r.entries) expect(mapped, `${r.programme}: ${e.name} status ${e.status}`).toContain(e.status);
    }
  });

  it('use patterns that compile and ids the gold labels use (trust-project, jti, ifcn, ipi, sopa)', () => {
    for (const p of programmes) {
      for (const re of [...p.claimUrlPatterns, ...p.labelPatterns, ...p.imagePatterns]) expect(() => new RegExp(re, 'i')).not.toThrow();
    }
    expect(programmes.map((p) => p.id)).toEqual(expect.arrayContaining(['trust-project', 'jti', 'ifcn', 'ipi', 'sopa']));
  });
});
