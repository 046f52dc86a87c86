import { defineConfig } from 'tsup';

/**
 * Two builds of the same entry points.
 *
 * The ESM build leaves dependencies external, as usual. The CJS build bundles
 * the ESM-only dependencies (unified, retext-english and their nlcst/vfile
 * helpers), because `require('decruft')` on Node 20 must return the whole API
 * and those packages cannot be `require`d there. cheerio and piscina ship CJS
 * and stay external in both builds.
 */
const entry = {
  index: 'src/index.ts',
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
    external: stayExternal,
    noExternal: [/^(?!cheerio|piscina|node:)/],
  },
]);
