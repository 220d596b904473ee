// Builds every package to ESM with .d.ts typings (one output module per source module,
// so bundlers can tree-shake), and the self-contained minified file for pages with no
// build step: dist/customer-center.js, plus the chunks it fetches on first use
// (dist/customer-center/*.js, e.g. dialogs a person opens; decision 0007).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import esbuild from 'rollup-plugin-esbuild';

/** The export condition under which workspace packages point at their TypeScript sources. */
export const SOURCE_CONDITION = '@customer-center/source';

/** Each widget's registering entry: packages/widgets/src/<name>/define.ts. */
export function widgetEntries() {
  return readdirSync('packages/widgets/src', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`packages/widgets/src/${entry.name}/define.ts`))
    .map((entry) => entry.name)
    .sort();
}

// TypeScript sources import siblings as './x.js' (what the compiled output will be called);
// inside a source build, that file is './x.ts'.
function resolveTypeScriptSources() {
  return {
    name: 'resolve-typescript-sources',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      return this.resolve(source.replace(/\.js$/, '.ts'), importer, { ...options, skipSelf: true });
    },
  };
}

/** A generated locale module (packages/widgets/src/locales/<locale>.ts, from `npm run i18n:build`). */
export function isLocaleModule(id) {
  return /[\\/]packages[\\/]widgets[\\/]src[\\/]locales[\\/][^\\/]+\.ts$/.test(id ?? '');
}

/** Rollup warnings from dependencies' code that need no action (zod's comment placement, its internal cycle). */
export function ignoreDependencyNoise(warning, warn) {
  const inDependency = (warning.id ?? warning.ids?.[0] ?? warning.message).includes('node_modules');
  if (inDependency && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  warn(warning);
}

/**
 * The self-contained entry may export internals its on-demand chunks import: without this,
 * rollup moves everything into a shared chunk behind a one-line facade, a second round trip.
 */
export const PRESERVE_ENTRY_SIGNATURES = 'allow-extension';

/** Plugins that bundle everything (workspace sources and npm dependencies) into one minified file. */
export function selfContainedPlugins() {
  return [
    resolveTypeScriptSources(),
    nodeResolve({ exportConditions: [SOURCE_CONDITION, 'browser', 'production'], extensions: ['.ts', '.mjs', '.js'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

function packageBuild(name, entries) {
  return {
    input: Object.fromEntries(entries.map((entry) => [entry, `packages/${name}/src/${entry}.ts`])),
    output: {
      dir: `packages/${name}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `packages/${name}/src`,
      sourcemap: true,
    },
    // Dependencies, sibling packages included, stay imports: the consumer's bundler dedupes them.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [typescript({ tsconfig: `packages/${name}/tsconfig.build.json` })],
  };
}

export default [
  // The SDK first: the other packages' typings refer to its dist/ typings.
  packageBuild('sdk', ['index', 'openapi']),
  packageBuild('mock-api', ['index', 'server', 'testing.browser', 'testing.node']),
  packageBuild('widgets', ['index', ...widgetEntries().map((name) => `${name}/define`)]),
  {
    input: 'packages/widgets/src/customer-center.ts',
    output: {
      dir: 'dist',
      entryFileNames: 'customer-center.js',
      // Chunks sit beside the entry, so a page loading it with one <script type="module">
      // from any URL fetches them from there.
      // Each locale's messages in a folder of their own: a page fetches the one it shows.
      chunkFileNames: (chunk) =>
        isLocaleModule(chunk.facadeModuleId)
          ? 'customer-center/locales/[name]-[hash].js'
          : 'customer-center/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      {
        // Chunk names carry a content hash: drop the previous build's, or they pile up.
        name: 'clean-chunks',
        buildStart: () => rmSync('dist/customer-center', { recursive: true, force: true }),
      },
      ...selfContainedPlugins(),
    ],
    preserveEntrySignatures: PRESERVE_ENTRY_SIGNATURES,
    onwarn: ignoreDependencyNoise,
  },
];
