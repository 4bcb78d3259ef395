#!/usr/bin/env node
// Builds both browser targets and the CLI from one source tree.
//
//   node build.mjs            production: minified, no source maps, plus store zips
//   node build.mjs --dev      development: source maps, no zips
//   node build.mjs --watch    development build, rebuilt on every change
//
// Output: dist/chrome/ and dist/firefox/ (loadable unpacked extensions),
//         dist/provenance-lens-<browser>-<version>.zip, dist/cli.mjs.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_BUNDLE } from './scripts/lib/node-bundle.mjs';

const root = new URL('.', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');
const targets = ['chrome', 'firefox'];

/** Base manifest + per-browser patch (shallow merge; `null` deletes a key). */
function manifestFor(browser) {
  const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const patch = JSON.parse(readFileSync(join(root, 'src/manifest', `${browser}.json`), 'utf8'));
  const merged = { ...base, ...patch, version: pkg.version };
  for (const [k, v] of Object.entries(merged)) if (v === null) delete merged[k];
  return merged;
}

/** Static files every target ships beside the bundles. */
function copyStatic(outdir, browser) {
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2) + '\n');
  cpSync(join(root, 'src/_locales'), join(outdir, '_locales'), { recursive: true });
  mkdirSync(join(outdir, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    const icon = join(root, 'icons', `icon-${size}.png`);
    if (existsSync(icon)) cpSync(icon, join(outdir, 'icons', `icon-${size}.png`));
  }
  for (const page of ['popup', 'options']) {
    for (const ext of ['html', 'css']) {
      const file = join(root, 'src', page, `${page}.${ext}`);
      if (existsSync(file)) cpSync(file, join(outdir, `${page}.${ext}`));
    }
  }
}

/**
 * The data files under src/data/ document themselves (`source`, `asOf`, `note` … at the top
 * level). The code never reads those keys, so the extension's bundles leave them out: the
 * content script goes into every page the reader analyses and must stay small (issue #8).
 * Registries (src/data/registries/) keep theirs: their `asOf` dates the badge checks.
 */
const DOC_KEYS = new Set(['$schema', 'source', 'sources', 'asOf', 'note', 'notes']);
const dataWithoutDocs = {
  name: 'data-without-docs',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8'));
      for (const key of Object.keys(data)) if (DOC_KEYS.has(key) || key.startsWith('_')) delete data[key];
      return { contents: JSON.stringify(data), loader: 'json' };
    });
  },
};

const extensionEntries = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.ts',
  options: 'src/options/index.ts',
};

function extensionOptions(browser) {
  return {
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(extensionEntries).filter(([, f]) => existsSync(join(root, f)))),
    outdir: join(dist, browser),
    bundle: true,
    format: 'iife',
    target: ['chrome148', 'firefox142'],
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    define: { __BROWSER__: JSON.stringify(browser), 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
    logLevel: 'warning',
    metafile: true,
    plugins: [dataWithoutDocs],
  };
}

const cliOptions = {
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  ...NODE_BUNDLE,
  minify: false,
  sourcemap: dev ? 'linked' : false,
  logLevel: 'warning',
};

async function zipTargets() {
  // web-ext's builder writes a store-ready zip of any extension folder (Chrome's too).
  const { default: webExt } = await import('web-ext');
  for (const browser of targets) {
    const filename = `provenance-lens-${browser}-${pkg.version}.zip`;
    await webExt.cmd.build(
      { sourceDir: join(dist, browser), artifactsDir: dist, filename, overwriteDest: true },
      { showReadyMessage: false },
    );
  }
}

async function buildOnce() {
  // Files are overwritten in place (no wipe) so a running test never sees a half-empty dist/.
  mkdirSync(dist, { recursive: true });
  const results = await Promise.all([
    ...targets.map(async (browser) => {
      copyStatic(join(dist, browser), browser);
      return esbuild.build(extensionOptions(browser));
    }),
    esbuild.build(cliOptions),
  ]);
  writeFileSync(join(dist, 'meta.json'), JSON.stringify(results[0].metafile));
  if (!dev) await zipTargets();
  console.log(`built dist/chrome, dist/firefox${dev ? '' : ', store zips'} and dist/cli.mjs (${dev ? 'development' : 'production'})`);
}

if (watch) {
  await buildOnce();
  const contexts = await Promise.all([
    ...targets.map((b) => esbuild.context({ ...extensionOptions(b), plugins: [staticCopier(b)] })),
    esbuild.context(cliOptions),
  ]);
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching src/ for changes (Ctrl-C to stop)');
} else {
  await buildOnce();
}

/** In watch mode, re-copies the static files (manifest, HTML, CSS, locales) on every rebuild. */
function staticCopier(browser) {
  return {
    name: 'static-copier',
    setup(build) {
      build.onEnd(() => copyStatic(join(dist, browser), browser));
    },
  };
}
