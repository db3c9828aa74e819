/*
 * The React task pane's first scripts: what taskpane.html runs before the pane shows its first verdict (notice.js,
 * choose-pane.js and the modern list choose-pane.js loads; office.js comes from Microsoft and is not counted), gzip
 * level 9 as a static server compresses. Printed at every build; a production build over the budget fails.
 * The panels and the parts shown only after a check are chunks loaded when first shown (src/taskpane/lazy-part.tsx).
 */
const { Buffer } = require("buffer");
const { gzipSync } = require("zlib");

// Microsoft's React task-pane template (yo office, hello world) weighs 164 KiB gzip on this build: the product pane,
// with its engine and Excel host, is to load less than that before its first check.
const BUDGET_KIB = 164;
const PAGE = "taskpane.html";

/** The local scripts a built taskpane.html runs for the React pane, in order: tags and choose-pane.js's modern list. */
function initialScripts(html) {
  const files = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc=["']?([^"' >]+)/.exec(tag[0]);
    if (src && !/^https?:/.test(src[1])) files.push(src[1]);
    const modern = /\sdata-modern=(?:"([^"]*)"|([^\s>]+))/.exec(tag[0]);
    if (modern) files.push(...(modern[1] ?? modern[2]).split(" ").filter(Boolean));
  }
  return files;
}

const gzipKib = (buffers) => buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) / 1024;

class PaneSizePlugin {
  constructor({ production }) {
    this.production = production;
  }

  apply(compiler) {
    const name = "PaneSizePlugin";
    let kib;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          if (!assets[PAGE]) return;
          const files = initialScripts(assets[PAGE].source().toString());
          const missing = files.filter((f) => !assets[f]);
          if (missing.length) {
            compilation.errors.push(
              new Error(`task pane: ${missing.join(", ")} named by ${PAGE} but not built`),
            );
            return;
          }
          kib = gzipKib(files.map((f) => Buffer.from(assets[f].source())));
          if (this.production && kib > BUDGET_KIB)
            compilation.errors.push(
              new Error(
                `task pane: ${kib.toFixed(1)} KiB gzip before the first check, over its budget of ${BUDGET_KIB} KiB`,
              ),
            );
        },
      );
    });
    compiler.hooks.done.tap(name, () => {
      if (kib !== undefined)
        console.log(
          `task pane (React): ${kib.toFixed(1)} KiB gzip of script before the first check, without office.js (budget ${BUDGET_KIB} KiB)`,
        );
    });
  }
}

module.exports = { BUDGET_KIB, initialScripts, PaneSizePlugin };
