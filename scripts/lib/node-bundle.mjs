// esbuild settings for code that runs in Node (the CLI in build.mjs, the TypeScript tools
// run by scripts/run.mjs): one ESM file for Node 20, jsdom left outside.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsdom loads files at run time and cannot be bundled; it is a runtime dependency.
  external: ['jsdom'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  define: { __BROWSER__: JSON.stringify('node') },
};
