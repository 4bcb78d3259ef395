// Bundle sizes of the built Chrome extension: minified bytes and gzip bytes against the targets.
// A missing, stale or development build (source maps) is rebuilt first with `node build.mjs` (production).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, int, table, verdict } from './stats.mjs';

const BUNDLES = ['content', 'popup', 'background', 'options'];
/** Targets in kB of 1000 bytes (the stricter reading of "80 KB"). */
const TARGETS = { content: 80_000, popup: 60_000 };

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isDevBuild(file) {
  return /\/\/# sourceMappingURL=/.test(readFileSync(file, 'utf8').slice(-300));
}

export function measureSizes(root, { rebuild, log }) {
  const dir = join(root, 'dist/chrome');
  const content = join(dir, 'content.js');
  let built = 'existing production build';
  const stale = existsSync(content) && statSync(content).mtimeMs < newestMtime(join(root, 'src'));
  if (rebuild || !existsSync(content) || isDevBuild(content) || stale) {
    log(`  building dist/ in production mode (node build.mjs)${stale ? ': src/ changed since the last build' : ''} …`);
    try {
      execFileSync(process.execPath, ['build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      built = 'production build made by the benchmark';
    } catch (e) {
      if (!existsSync(content)) throw e;
      built = `the build failed (${String(e.message).split('\n')[0]}), so these are the sizes of the existing ${isDevBuild(content) ? 'development' : 'production'} build`;
    }
  }
  const rows = BUNDLES.map((name) => {
    const file = join(dir, `${name}.js`);
    if (!existsSync(file)) return { name, missing: true };
    const buf = readFileSync(file);
    return { name, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length, target: TARGETS[name] ?? null, mtime: statSync(file).mtime };
  });
  return { rows, built, contributors: topContributors(root), staticScripts: staticContentScripts(dir) };
}

/** "Nothing runs in a page the reader has not asked to analyse": no content script declared in the manifest. */
function staticContentScripts(dir) {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    return (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  } catch {
    return null;
  }
}

/** The largest inputs of the content script, from the metafile build.mjs writes (Chrome build). */
function topContributors(root) {
  try {
    const meta = JSON.parse(readFileSync(join(root, 'dist/meta.json'), 'utf8'));
    const out = Object.entries(meta.outputs).find(([k]) => /chrome\/content\.js$/.test(k));
    if (!out) return [];
    return Object.entries(out[1].inputs)
      .map(([file, v]) => ({ file, bytes: v.bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 6);
  } catch {
    return [];
  }
}

export function renderSizes(s) {
  const t = table(
    ['bundle', 'minified', 'bytes', 'gzip', 'target', 'met'],
    s.rows.map((r) =>
      r.missing
        ? [`${r.name}.js`, 'missing', '', '', '', '']
        : [`${r.name}.js`, kb(r.bytes), int(r.bytes), kb(r.gzip), r.target ? `≤ ${kb(r.target)}` : '-', r.target ? verdict(r.bytes <= r.target) : '-'],
    ),
  );
  const lines = [`dist/chrome, ${s.built}; kB = 1000 bytes.`, '', t, ''];
  if (s.staticScripts) {
    lines.push(
      s.staticScripts.length
        ? `- the manifest declares content scripts for ${s.staticScripts.join(', ')}: they run without the reader asking (target: none: MISSED)`
        : '- the manifest declares no content script: content.js runs only where the reader asked (injected on request, or on sites they opted in): met',
    );
  }
  if (s.contributors.length) {
    lines.push(`- largest inputs of content.js: ${s.contributors.map((c) => `${c.file} ${kb(c.bytes)}`).join(', ')}`);
  }
  return lines.join('\n');
}
