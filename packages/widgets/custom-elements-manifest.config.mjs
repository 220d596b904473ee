// `npm run build:manifest` writes custom-elements.json from the elements' doc comments:
// editors, Storybook and docs read attributes, events, slots, parts and CSS properties from it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
