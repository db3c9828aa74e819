/*
 * Webpack loader for modules of the legacy (IE11) pane whose results are known at build time: it runs the real
 * module in Node (webpack's importModule, compiled as for the React pane) and hands the pane, instead of the
 * module's code, what options.emit writes from its exports: ES5 code holding data.
 *
 * Used for src/core/templates/index.ts (zod 4 is ES2020: the built-in templates are parsed and checked against the
 * schema here, a template that breaks it fails the build with zod's message, and the pane gets the parsed data) and
 * for src/legacy/normalize-table.ts (the Unicode normalization IE11 lacks, as Node's ICU computes it).
 */
module.exports = function buildTimeModule() {
  const done = this.async();
  const { emit } = this.getOptions();
  // The default layer: compiled by ts-loader only, run in Node.
  this.importModule(this.resourcePath, { layer: undefined }).then(
    (exports) => done(null, `// Generated at build time by scripts/legacy/build-time-loader.js\n${emit(exports)}`),
    (err) => done(err),
  );
};
