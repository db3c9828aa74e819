/** Internet Explorer 11's user agent, as the Trident webview of Office 2016/2019 sends it. */
export const TRIDENT =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

/**
 * A page script that takes away, before any other script runs, what Internet Explorer 11 does not have: the ES2015+
 * built-ins issue 10 lists, a few more of the same kind, and the newer DOM methods. With a Trident user agent (so that
 * taskpane.html's chooser loads the legacy pane and office.js takes its IE11 paths), it turns headless Chromium into
 * a stand-in for the webview of volume-licensed Office 2016/2019 as far as the pane's scripts can tell: the legacy
 * pane's own polyfills and office.js's Promise must fill what it needs. In the simulated Excel it is served as the
 * pane page's first script (SimOptions.paneFirstScript): run by addInitScript it would also strip the frame's initial
 * about:blank, whose window the pane's document reuses, and that crashed Chromium's renderer. The page is left with
 * no Promise: office.js brings its own to IE11, and the pane takes that one (src/legacy/promise-from-office.ts).
 *
 * Playwright evaluates in the page's own world too: once the pane's polyfills replaced Symbol and Map there, its
 * helpers cannot iterate them. Tests of such a page read it through locators and page.evaluate of JSON text only,
 * and Object.is (which Playwright's serializer calls) stays.
 */
export function ie11BuiltinsRemoved(): string {
  return `
(function () {
  function drop(owner, names) {
    for (var i = 0; i < names.length; i++) {
      try {
        delete owner[names[i]];
      } catch (e) {}
      if (names[i] in owner) throw new Error("could not remove " + names[i]);
    }
  }
  // The list of issue 10.
  drop(window, ["Promise", "Map", "Set", "WeakMap", "Symbol", "fetch", "URL", "TextDecoder"]);
  drop(Array, ["from"]);
  drop(Array.prototype, ["includes", "find"]);
  drop(Object, ["assign", "entries", "values"]);
  drop(String.prototype, ["normalize", "includes", "startsWith", "padStart"]);
  drop(Number, ["isFinite"]);
  drop(Blob.prototype, ["arrayBuffer"]);
  // More that IE11 lacks, of the same kind.
  drop(window, ["WeakSet", "Proxy", "Reflect", "TextEncoder", "structuredClone", "queueMicrotask"]);
  drop(Array, ["of"]);
  drop(Array.prototype, ["findIndex", "fill", "flat", "flatMap", "at", "entries", "keys", "values", "copyWithin"]);
  drop(Object, ["fromEntries", "getOwnPropertyDescriptors"]);
  drop(String.prototype, ["endsWith", "repeat", "padEnd", "trimStart", "trimEnd", "matchAll", "replaceAll", "codePointAt", "at"]);
  // DOM methods newer than IE11.
  drop(Element.prototype, ["remove", "append", "prepend", "before", "after", "replaceWith", "replaceChildren", "closest", "toggleAttribute"]);
  drop(Document.prototype, ["append", "prepend", "replaceChildren"]);
  drop(DocumentFragment.prototype, ["append", "prepend", "replaceChildren"]);
  drop(NodeList.prototype, ["forEach"]);
  drop(Navigator.prototype, ["clipboard"]);
  window.__ie11Page = true;
})();
`;
}

/** The simulator's options for the stand-in: plain taskpane.html, as Office 2016/2019 open it. */
export function ie11StandIn(): { pane: string; userAgent: string; paneFirstScript: string } {
  return { pane: "/taskpane.html", userAgent: TRIDENT, paneFirstScript: ie11BuiltinsRemoved() };
}
