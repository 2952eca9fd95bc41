// Bundles the compiled CLI into dist/bundle/ (one file per dynamically imported chunk): starting node on
// one module instead of hundreds keeps the cold start of `contrapeso evaluate` close to `node -e 0`.
// Native and binary-shipping packages stay external.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true }); // no stale chunks from earlier builds

await build({
  entryPoints: ['dist/cli/main.js'],
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir: 'dist/bundle',
  entryNames: '[name]',
  external: ['better-sqlite3', 'playwright-core', 'fsevents', 'lightningcss', 'vite', 'esbuild', 'rolldown'],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('bundled the CLI → dist/bundle/main.js');
