/*
 * The legacy task pane for the Internet Explorer 11 webview of volume-licensed Office 2016/2019, as webpack sees it:
 *   - its own layer: the same src/ files as the React pane, but through Babel to ES5 with the core-js pieces they use
 *     and the Unicode regex escapes rewritten; what can be computed at build time is (the parsed templates, the
 *     normalization table): build-time-loader.js;
 *   - taskpane.html loads choose-pane.js, which loads the React pane or, in Trident, the legacy one (one manifest,
 *     one URL);
 *   - the build fails when a script the legacy page loads is not ES5 (acorn, ecmaVersion 5) or when the legacy
 *     scripts grow past their gzip budget; their size is printed at every build.
 */
const path = require("path");
const { Buffer } = require("buffer");
const { gzipSync } = require("zlib");
const acorn = require("acorn");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const LAYER = "legacy";
const ENTRY = "legacy";
const CHOOSER = "choose-pane.js";
const CHOOSER_SOURCE = "src/taskpane/choose-pane.js";
// Issue 10: the legacy pane's script, with its polyfills and without office.js, at most 150 KiB gzip.
const BUDGET_KIB = 150;
const ROOT = path.resolve(__dirname, "../..");

/** Modules replaced by what they compute, at build time (build-time-loader.js); `emit` writes ES5 from their exports. */
const BUILD_TIME = [
  {
    file: path.join(ROOT, "src/core/templates/index.ts"),
    emit: (m) =>
      [
        `var TEMPLATES = ${JSON.stringify(m.builtinTemplates())};`,
        "export function builtinTemplates() { return TEMPLATES; }",
        "export function templateById(id) {",
        "  for (var i = 0; i < TEMPLATES.length; i++) if (TEMPLATES[i].id === id) return TEMPLATES[i];",
        "  return undefined;",
        "}",
      ].join("\n"),
  },
  {
    file: path.join(ROOT, "src/core/templates/ref-fields.ts"),
    emit: (m) =>
      [
        `var FIELDS = ${JSON.stringify(Object.fromEntries(m.REF_FIELDS))};`,
        "export function refFieldsOf(kind) { return FIELDS[kind] || []; }",
      ].join("\n"),
  },
  {
    file: path.join(ROOT, "src/legacy/normalize-table.ts"),
    emit: (m) =>
      [
        `var TABLES = ${JSON.stringify({ NFC: m.normalizeTable("NFC"), NFKC: m.normalizeTable("NFKC") })};`,
        `export var NORMALIZED_RANGES = ${JSON.stringify(m.NORMALIZED_RANGES)};`,
        "export function normalizeTable(form) { return TABLES[form]; }",
      ].join("\n"),
  },
];

/**
 * core-js pieces that "usage" would add but this code does not need: methods of ES2025+ that only share a name with
 * the array methods we call (iterator helpers, the new Set methods, getOrInsert), HTML string methods (`font.bold` is
 * an Excel property), and corrections of IE11 details the engine never meets (species, isConcatSpreadable, well-formed
 * JSON of lone surrogates, "0b1" strings for Number, function names, Error cause, btoa with a DOMException).
 * The proof test runs the pane with the ES2015+ built-ins removed, so a piece wrongly left out fails it.
 */
const NOT_NEEDED = [
  /^es(next)?\.iterator\./,
  /^es(next)?\.set\.(difference|intersection|is-disjoint-from|is-subset-of|is-superset-of|symmetric-difference|union)/,
  /^es(next)?\.(weak-)?map\.get-or-insert/,
  /^es\.string\.(anchor|big|blink|bold|fixed|fontcolor|fontsize|italics|link|small|strike|sub|sup)$/,
  /^es\.array\.(concat|filter|join|map|push|slice)$/,
  "es.json.stringify",
  "es.number.constructor",
  "es.function.name",
  "es.error.cause",
  "es.date.to-primitive",
  "web.btoa",
  /^web\.dom-exception\./,
];

/**
 * core-js pieces the page gets elsewhere: its Promise is office.js's (src/legacy/promise-from-office.ts says why).
 * The ES5 test checks that core-js's is not in the bundle.
 */
const FROM_OFFICE_JS = [/^es(next)?\.promise(\.|$)/];

const entry = { [ENTRY]: { import: "./src/legacy/index.ts", layer: LAYER } };

/** Rules that put what BUILD_TIME computes in place of its modules; the React pane's layer uses them too. */
function buildTimeRules() {
  return BUILD_TIME.map(({ file, emit }) => ({
    test: file,
    use: { loader: require.resolve("./build-time-loader"), options: { emit } },
  }));
}

/** Module rules for the legacy layer; the React pane's rules stay as they are for every other module. */
function rules() {
  return [
    {
      issuerLayer: LAYER,
      oneOf: [
        ...buildTimeRules(),
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: [
            {
              loader: "babel-loader",
              options: {
                babelrc: false,
                configFile: false,
                presets: [
                  [
                    "@babel/preset-env",
                    {
                      targets: { ie: "11" },
                      modules: false,
                      // Only what the code uses: each module gets imports of the core-js pieces it needs.
                      useBuiltIns: "usage",
                      corejs: require("core-js/package.json").version,
                      exclude: [...NOT_NEEDED, ...FROM_OFFICE_JS],
                    },
                  ],
                ],
                // Babel's helpers (async functions, for-of, spread, classes) once in the bundle, not once per file.
                plugins: [
                  ["@babel/plugin-transform-runtime", { corejs: false, helpers: true, regenerator: true }],
                ],
              },
            },
            {
              loader: "ts-loader",
              options: {
                transpileOnly: true,
                instance: "legacy",
                compilerOptions: { module: "esnext", target: "es2019", sourceMap: false },
              },
            },
          ],
        },
      ],
    },
  ];
}

function gzipSize(buffers) {
  return buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
}

/**
 * In taskpane.html, takes out the tags of both panes' scripts and adds choose-pane.js with the two lists, so that
 * the page loads one pane only. Checks what the legacy page loads and prints its size.
 */
class LegacyPanePlugin {
  constructor({ production }) {
    this.production = production;
  }

  apply(compiler) {
    const name = "LegacyPanePlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(name, (data) => {
        if (data.outputName !== "taskpane.html") return data;
        const legacyFiles = this.legacyFiles(compilation);
        const lists = { modern: [], legacy: [] };
        const take = (tags) =>
          tags.filter((tag) => {
            const src = tag.tagName === "script" && tag.attributes.src;
            if (!src || /^https?:/.test(src)) return true;
            lists[legacyFiles.includes(path.basename(src)) ? "legacy" : "modern"].push(src);
            return false;
          });
        data.headTags = take(data.headTags);
        data.bodyTags = take(data.bodyTags);
        data.bodyTags.push(
          HtmlWebpackPlugin.createHtmlTagObject("script", {
            src: CHOOSER,
            "data-modern": lists.modern.join(" "),
            "data-legacy": lists.legacy.join(" "),
          }),
        );
        return data;
      });

      // The stage constants live on the Compilation class, not on its instances: `compilation.PROCESS_ASSETS_STAGE_…`
      // is undefined, which is stage 0, before the minifier, and measured the unminified code.
      compilation.hooks.processAssets.tap(
        { name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        (assets) => {
          const files = [CHOOSER, ...this.legacyFiles(compilation)];
          const code = [];
          for (const file of files) {
            if (!assets[file]) {
              compilation.errors.push(new Error(`legacy pane: ${file} is missing from the build`));
              continue;
            }
            const source = assets[file].source();
            code.push(Buffer.from(source));
            try {
              acorn.parse(source.toString(), { ecmaVersion: 5, sourceType: "script" });
            } catch (e) {
              const line = source.toString().split("\n")[(e.loc?.line ?? 1) - 1] ?? "";
              const near = line.slice(Math.max(0, (e.loc?.column ?? 0) - 60), (e.loc?.column ?? 0) + 60);
              compilation.errors.push(
                new Error(
                  `legacy pane: ${file} is not ES5 (IE11 cannot run it): ${e.message}\n  near: ${near}`,
                ),
              );
            }
          }
          const kib = gzipSize(code) / 1024;
          compilation.legacyPaneSize = kib;
          if (this.production && kib > BUDGET_KIB)
            compilation.errors.push(
              new Error(`legacy pane: ${kib.toFixed(1)} KiB gzip, over its budget of ${BUDGET_KIB} KiB`),
            );
        },
      );
    });
    compiler.hooks.done.tap(name, (stats) => {
      const kib = stats.compilation.legacyPaneSize;
      if (kib !== undefined)
        console.log(
          `legacy pane (IE11): ${kib.toFixed(1)} KiB gzip of script without office.js (budget ${BUDGET_KIB} KiB)`,
        );
    });
  }

  legacyFiles(compilation) {
    const point = compilation.entrypoints.get(ENTRY);
    return point ? point.getFiles().filter((f) => f.endsWith(".js")) : [];
  }
}

/** The chooser is served as written: it must run everywhere, and a minifier must not change what was checked. */
const copy = { from: CHOOSER_SOURCE, to: CHOOSER, info: { minimized: true } };

module.exports = { LAYER, ENTRY, CHOOSER, BUDGET_KIB, entry, rules, buildTimeRules, copy, LegacyPanePlugin };
