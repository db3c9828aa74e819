/*
 * One Promise on the IE11 page: office.js's. Internet Explorer 11 has no Promise, and office.js brings its own
 * (es6-promise 2.3) as `Office.Promise`. taskpane.html loads office.js as a plain script in <head>, so it has run
 * before choose-pane.js, at the end of <body>, adds this bundle: `Office.Promise` is always there when this runs.
 * office.js then loads excel-web-16.00.js by itself, asynchronously, and that script too makes `window.Promise`
 * `Office.Promise` when the page has none; which of it and this bundle comes first is a race.
 *
 * So the bundle carries no Promise of its own (scripts/legacy/legacy-pane.js leaves core-js's out) and makes
 * office.js's the page's here, before any module of the pane runs: whichever script comes first, the page,
 * `Office.Promise` and Excel.run (whose promises office.js makes with the page's Promise) share one. The other way,
 * core-js's Promise installed before office.js runs, would need a script of ours in <head> ahead of office.js, either
 * loaded by every webview or written in by document.write for Trident only. And letting core-js's Promise in after office.js broke office.js:
 * when excel-web-16.00.js had made `window.Promise` office.js's es6-promise first, core-js took that for a native
 * Promise to wrap, deleted its `prototype.constructor` and hung its prototype under its own, so es6-promise's `then`
 * built core-js promises and its `subscribe` failed on them (a TypeError on `_subscribers.length`, in most runs of
 * tests/excel-sim/legacy.test.ts before this module).
 */
const page = window as unknown as { Promise?: unknown };
if (typeof page.Promise === "undefined" && typeof Office !== "undefined") page.Promise = Office.Promise;
