/**
 * The CLI as people and scripts use it: `node dist/cli.mjs analyze …`.
 * Bad input must give one clear line on stderr and a non-zero exit, never a stack trace,
 * and a batch must go on past a bad file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.mjs');
const sample = join(root, 'test/corpus/hkfp-afp-un-xinjiang/source.html');
const sampleUrl = 'https://hongkongfp.com/2024/08/27/problematic-policies-persist-in-chinas-xinjiang-un-rights-office-says/';
let dir: string;

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('node', ['build.mjs', '--dev'], { cwd: root, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  writeFileSync(join(dir, 'latin1.html'), Buffer.concat([Buffer.from('<html><body><p>caf'), Buffer.from([0xe9]), Buffer.from('</p></body></html>')]));
  writeFileSync(join(dir, 'latin1-declared.html'), Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>caf'), Buffer.from([0xe9]), Buffer.from('</p></body></html>')]));
  writeFileSync(join(dir, 'plain.html'), 'just some words, no markup at all');
  // SCSS left in a production stylesheet (National Review, aeb-f5c90a6d52): jsdom's CSS parser throws on it
  writeFileSync(join(dir, 'scss.html'), '<html><head><style>.a{min-height:calc(($container-max-width - $secondary-max-width - 16px) / 16 * 9)}</style></head><body><article><p>“We will stay,” Mayor Jane Doe said.</p></article></body></html>');
  const nest = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>“We reached the bottom,” said Jane Deep.</p>${'</div>'.repeat(n)}</body></html>`;
  writeFileSync(join(dir, 'deep-5000.html'), nest(5000));
  writeFileSync(join(dir, 'deep-20000.html'), nest(20000));
  writeFileSync(join(dir, 'article.txt'), 'Headline here\n\n“We will not back down,” Mayor Jane Doe said on Monday.\n\nShe added that the city would appeal.');
});

describe('provenance-lens analyze on pages that break jsdom', () => {
  it('reads a page whose stylesheet jsdom cannot parse, with every other field intact (issue #16)', () => {
    const r = run('analyze', join(dir, 'scss.html'), '--validate', '--force');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).quotes[0].speaker).toBe('Jane Doe');
  });

  it('keeps the finished report of a page nested 5,000 deep (jsdom overflows tearing it down)', () => {
    const r = run('analyze', join(dir, 'deep-5000.html'), '--validate');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
  });

  it('says plainly that a page nested 20,000 deep is too deep for the HTML parser', () => {
    const r = run('analyze', join(dir, 'deep-20000.html'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nests its elements too deeply/);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('provenance-lens analyze', () => {
  it('prints one JSON report for one page', () => {
    const r = run('analyze', sample, '--url', sampleUrl);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.url).toBe(sampleUrl);
    expect(report.schemaVersion).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('prints one JSON line per page for several pages (JSON Lines)', () => {
    const r = run('analyze', sample, join(dir, 'article.txt'));
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => typeof JSON.parse(l).isArticle)).toEqual(['boolean', 'boolean']);
  });

  it('reads a .txt file as a plain-text article', () => {
    const r = run('analyze', join(dir, 'article.txt'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).not.toBe(undefined);
  });

  it('prints a short human-readable card with --summary', () => {
    const r = run('analyze', sample, '--url', sampleUrl, '--summary');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Problematic');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('validates the report against the schema generated from the types with --validate', () => {
    const r = run('analyze', sample, '--url', sampleUrl, '--validate');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each([
    ['a missing file', 'missing.html', /no such file/],
    ['an empty file', 'empty.html', /empty/],
    ['a binary file', 'binary.html', /binary/],
    ['a non-UTF-8 file that declares no charset', 'latin1.html', /not UTF-8/],
    ['a file without HTML markup', 'plain.html', /no HTML markup/],
  ])('rejects %s with one line on stderr and exit 1', (_what, name, message) => {
    const r = run('analyze', join(dir, name));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('decodes a page that declares its legacy charset, as a browser would', () => {
    const r = run('analyze', join(dir, 'latin1-declared.html'));
    expect(r.status).toBe(0);
  });

  it('goes on past a bad file in a batch and still exits non-zero', () => {
    const r = run('analyze', join(dir, 'missing.html'), sample, join(dir, 'binary.html'), join(dir, 'article.txt'));
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('rejects a file over the size limit without reading it all', () => {
    const big = join(dir, 'huge.html');
    writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 0x61));
    const r = run('analyze', big);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/larger than the 50 MB limit/);
  });

  it('explains its usage on an unknown command', () => {
    const r = run('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: provenance-lens analyze/);
  });
});
