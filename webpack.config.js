/*
 * Builds the add-in pages (task pane, ribbon command pages) and the web checker page into dist/.
 *
 *   npm run build                      production build, office.js from Microsoft's CDN
 *   OFFICE_JS=local npm run build      office.js copied into dist/office/ and loaded from there (intranets without
 *                                      Internet access; Microsoft does not support self-hosting, test on a real client)
 *   ADDIN_BASE_URL=https://host/path/  the address the add-in is served from; replaces https://localhost:3000/ in the
 *                                      production manifest
 *   npm start                          development build served on port 3000: the web checker at /, the task pane at
 *                                      /taskpane.html; HTTPS with office-addin-dev-certs on Windows/macOS or DEV_HTTPS=1
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const legacyPane = require("./scripts/legacy/legacy-pane");
const { PaneSizePlugin } = require("./scripts/pane-size");
const typescriptRule = require("./scripts/typescript-rule");

const DEV_URL = "https://localhost:3000/";
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
/** Any page's reference to office.js on Microsoft's CDN (lib/1 or lib/1.1, debug or not). */
const CDN_OFFICE_JS = /https:\/\/appsforoffice\.microsoft\.com\/lib\/[\w.]+\/hosted\/office(?:\.debug)?\.js/;
const LOCAL_OFFICE_JS = "office/office.js";

/**
 * The React task pane's layer and the web page's: the built-in templates reach them parsed and checked at build time
 * (as in the legacy pane), so that zod is not among the scripts loaded before a check. Each keeps its own modules (no
 * cache is shared between Excel's webview and a clerk's browser anyway).
 */
const PANE_LAYER = "pane";
const WEB_LAYER = "web";
const BUILD_TIME_LAYERS = [PANE_LAYER, WEB_LAYER];

const PAGES = [
  {
    name: "taskpane",
    entry: "src/taskpane/index.tsx",
    template: "src/taskpane/taskpane.html",
    layer: PANE_LAYER,
  },
  { name: "commands", entry: "src/commands/commands.ts", template: "src/commands/commands.html" },
  { name: "result", entry: "src/commands/result.ts", template: "src/commands/result.html" },
  { name: "web", entry: "src/web/index.tsx", template: "src/web/index.html", layer: WEB_LAYER },
];

function baseUrl() {
  const url = process.env.ADDIN_BASE_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL 必须以 https:// 开头，现为“${url}”。`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** No eval and no inline script: the pages run only our files (and Microsoft's office.js when taken from the CDN). */
function contentSecurityPolicy({ cdn, dev }) {
  return [
    "default-src 'self'",
    `script-src 'self'${cdn ? ` ${CDN_ORIGIN}` : ""}`,
    // Fluent UI (Griffel) inserts its CSS at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " wss://localhost:* ws://localhost:*" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/**
 * Points every page at the chosen office.js and adds the CSP meta, so pages written by other features follow the
 * same rules without repeating them.
 */
class OfficeJsAndCspPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsAndCspPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("OfficeJsAndCspPlugin", (data) => {
        let html = data.html;
        const usesOffice = CDN_OFFICE_JS.test(html);
        if (usesOffice && this.options.localOffice)
          html = html.replace(new RegExp(CDN_OFFICE_JS.source, "g"), LOCAL_OFFICE_JS);
        if (!/http-equiv="Content-Security-Policy"/i.test(html)) {
          const csp = contentSecurityPolicy({
            cdn: usesOffice && !this.options.localOffice,
            dev: this.options.dev,
          });
          const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;
          // After the charset declaration, which browsers want first.
          html = /<meta charset[^>]*>/i.test(html)
            ? html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${meta}`)
            : html.replace(/<head>/i, `<head>\n    ${meta}`);
        }
        data.html = html;
        return data;
      });
    });
  }
}

/** The build's own record of when it finished: webpack leaves an unchanged file untouched, so no page's date says it. */
const BUILD_STAMP = ".build-stamp";
class BuildStampPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("BuildStampPlugin", (stats) => {
      if (!stats.hasErrors())
        fs.writeFileSync(path.join(compiler.outputPath, BUILD_STAMP), new Date().toISOString());
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const localOffice = process.env.OFFICE_JS === "local";
  const url = baseUrl();

  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/taskpane/notice/notice.js", to: "notice.js", info: { minimized: true } },
    legacyPane.copy,
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(url)),
    },
  ];
  if (localOffice) {
    copies.push({
      from: "node_modules/@microsoft/office-js/dist",
      to: "office",
      globOptions: { ignore: ["**/*.debug.js"] },
      info: { minimized: true },
    });
  }

  const typescript = typescriptRule(dev);

  const config = {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    // The legacy (IE11) pane is built from the same sources in a layer of its own, to ES5: scripts/legacy/.
    entry: {
      ...Object.fromEntries(
        PAGES.map((p) => [p.name, p.layer ? { import: `./${p.entry}`, layer: p.layer } : `./${p.entry}`]),
      ),
      ...legacyPane.entry,
    },
    experiments: { layers: true },
    // webpack's own runtime code in ES5 too, for the legacy pane.
    target: ["web", "es5"],
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        ...legacyPane.rules(),
        {
          issuerLayer: (layer) => BUILD_TIME_LAYERS.includes(layer),
          oneOf: [...legacyPane.buildTimeRules(), typescript],
        },
        {
          issuerLayer: (layer) => layer !== legacyPane.LAYER && !BUILD_TIME_LAYERS.includes(layer),
          ...typescript,
        },
      ],
    },
    optimization: {
      // The legacy pane stays one file of its own: nothing of it is shared with the React pane's chunks.
      splitChunks: {
        chunks: (chunk) => chunk.name !== legacyPane.ENTRY,
        cacheGroups: {
          // The task pane's first scripts as few files, its libraries (unchanged across most of our releases) and its
          // own code: split by default into seven, each compressed apart, it loaded 8 KiB more.
          paneLibraries: {
            layer: PANE_LAYER,
            test: /[\\/]node_modules[\\/]/,
            chunks: "initial",
            name: "pane-libraries",
            priority: 20,
            enforce: true,
          },
          paneCode: { layer: PANE_LAYER, chunks: "initial", name: "pane-code", priority: 10, enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: `./${p.template}`,
            // taskpane.html carries both panes; choose-pane.js loads one of them.
            chunks: p.name === "taskpane" ? [p.name, legacyPane.ENTRY] : [p.name],
            scriptLoading: "defer",
          }),
      ),
      new OfficeJsAndCspPlugin({ localOffice, dev }),
      new legacyPane.LegacyPanePlugin({ production: !dev }),
      new PaneSizePlugin({ production: !dev }),
      new BuildStampPlugin(),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      static: false,
      // Without Excel, the first thing a newcomer sees is the web checker with its sample.
      devMiddleware: { index: "web.html" },
    },
  };

  // Certificates only for `webpack serve` where Office runs (Windows, macOS) or when asked with DEV_HTTPS=1:
  // builds, CI and Linux machines never touch the trust store (office-addin-dev-certs installs a CA with sudo).
  const wantHttps = process.env.DEV_HTTPS ? process.env.DEV_HTTPS === "1" : process.platform !== "linux";
  if (env.WEBPACK_SERVE && wantHttps) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
