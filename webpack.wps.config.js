/*
 * Builds the WPS 表格 add-in (WPS 加载项): the add-in folder WPS loads (index.html with the ribbon callbacks,
 * ribbon.xml, manifest.xml, images/) and the task pane (taskpane.html: the same App as in Excel over WpsHost).
 * Used by scripts/build-wps.js (`npm run build:wps`), which also makes the offline package; kept apart from
 * webpack.config.js so the Excel pages and the WPS folder never share a build.
 *
 *   WPS_OUT=dir   where the add-in folder goes (default dist-wps/online/wps-addon-build)
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const typescriptRule = require("./scripts/typescript-rule");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** Our files only, no eval, no inline script; nothing is fetched from elsewhere. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Fluent UI (Griffel) inserts its CSS at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

module.exports = (env, argv) => {
  const dev = argv.mode === "development";
  const page = (filename, template, chunk, scriptLoading) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks: [chunk],
      scriptLoading,
      inject: "head",
      meta: { "Content-Security-Policy": { "http-equiv": "Content-Security-Policy", content: CSP } },
    });
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: { ribbon: "./src/wps/addin/ribbon.ts", taskpane: "./src/wps/taskpane.tsx" },
    output: {
      path: process.env.WPS_OUT
        ? path.resolve(process.env.WPS_OUT)
        : path.resolve(__dirname, "dist-wps/online/wps-addon-build"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      // Relative: the folder is served from any intranet path, or unpacked from the offline package.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [typescriptRule(dev)],
    },
    optimization: { splitChunks: { chunks: "all" } },
    performance: { hints: false },
    plugins: [
      // WPS calls the ribbon's functions once index.html has loaded: they must exist by then.
      page("index.html", "./src/wps/addin/index.html", "ribbon", "blocking"),
      page("taskpane.html", "./src/wps/taskpane.html", "taskpane", "defer"),
      new CopyWebpackPlugin({
        patterns: [
          // wpsjs' publish page rejects a ribbon.xml that starts with an XML declaration: it is copied as written.
          { from: "src/wps/addin/ribbon.xml", to: "ribbon.xml", info: { minimized: true } },
          { from: "src/wps/addin/manifest.xml", to: "manifest.xml", info: { minimized: true } },
          { from: "assets/icon-32.png", to: "images/nianbao.png" },
        ],
      }),
    ],
  };
};
