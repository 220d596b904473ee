// `npm run build:manifest` writes custom-elements.json from the elements' doc comments:
// editors, Storybook and docs read attributes, events, slots, parts and CSS properties from it.

/**
 * The analyzer also lists every `dispatchEvent(new CcSomethingEvent(arg))` as an event of its
 * own, named after the argument and undescribed. Where an `@event` tag declares that event
 * class, the inferred copy is dropped; an undeclared one stays (and the docs check flags it).
 */
const dropInferredEventCopies = {
  name: 'drop-inferred-event-copies',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.events) continue;
        const declared = new Set(
          declaration.events.filter((event) => event.description).map((event) => event.type?.text),
        );
        declaration.events = declaration.events.filter((event) => event.description || !declared.has(event.type?.text));
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropInferredEventCopies],
};
