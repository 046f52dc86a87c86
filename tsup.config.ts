import { defineConfig } from 'tsup';

/**
 * Two builds of the same entry points.
 *
 * The ESM build leaves dependencies external, as usual. The CJS build bundles
 * the ESM-only dependencies (unified, retext-english and their nlcst/vfile
 * helpers), because `require('decruft')` on Node 20 must return the whole API
 * and those packages cannot be `require`d there. cheerio and piscina ship CJS
 * and stay external in both builds.
 *
 * `cli` is the `decruft` bin and `cli-worker` the piscina worker it loads
 * from beside itself (cli.js → cli-worker.js, cli.cjs → cli-worker.cjs); only
 * the library entry gets type declarations.
 */
const entry = {
  index: 'src/index.ts',
  cli: 'src/cli/main.ts',
  'cli-worker': 'src/cli/worker.ts',
};
const stayExternal = ['cheerio', 'piscina'];

export default defineConfig([
  {
    entry,
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: true,
    splitting: true,
    treeshake: true,
  },
  {
    entry,
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: false,
    treeshake: true,
    // The CLI finds its worker through import.meta.url, which CJS lacks: shim it from __filename.
    shims: true,
    external: stayExternal,
    noExternal: [/^(?!cheerio|piscina|node:)/],
  },
]);
