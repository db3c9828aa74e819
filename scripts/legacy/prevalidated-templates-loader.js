/*
 * Webpack loader for src/core/templates/index.ts in the legacy (IE11) pane. zod 4 is ES2020 and would bring its
 * own polyfill needs, so the legacy pane does not parse templates at all: this loader runs the real module at build
 * time (webpack's importModule, compiled like the modern pane, zod and all), so the built-in templates are checked
 * against the schema exactly as everywhere else, a template that breaks it fails the build with zod's message, and
 * the pane receives the parsed data (defaults filled in) with the two functions the engine calls.
 */
module.exports = function prevalidatedTemplates() {
  const done = this.async();
  // The default layer: compiled by ts-loader only, run in Node.
  this.importModule(this.resourcePath, { layer: undefined }).then(
    (templates) => {
      const parsed = JSON.stringify(templates.builtinTemplates());
      done(
        null,
        [
          "// Generated at build time from the built-in templates, parsed by the zod schema.",
          `var TEMPLATES = ${parsed};`,
          "export function builtinTemplates() { return TEMPLATES; }",
          "export function templateById(id) {",
          "  for (var i = 0; i < TEMPLATES.length; i++) if (TEMPLATES[i].id === id) return TEMPLATES[i];",
          "  return undefined;",
          "}",
          "",
        ].join("\n"),
      );
    },
    (err) => done(err),
  );
};
