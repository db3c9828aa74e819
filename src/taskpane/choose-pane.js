/*
 * Loads one of the two task panes. Volume-licensed Office 2016/2019 show every task pane in Internet Explorer 11
 * (Trident), where React 18 and Fluent UI cannot run: there it loads the legacy pane (plain DOM, ES5, src/legacy),
 * everywhere else the React pane. The build writes both lists of scripts into this tag's data attributes. Plain ES5
 * and served as written, so that it runs in every webview; `?pane=legacy` shows the legacy pane in any browser (for
 * development and the tests).
 */
/* global window, document */
(function () {
  var ua = (window.navigator && window.navigator.userAgent) || "";
  var legacy = ua.indexOf("Trident/") >= 0 || /[?&]pane=legacy(&|$)/.test(window.location.search);
  // Runs as a plain script at the end of the body: the last script so far is this one (IE11 has no currentScript).
  var scripts = document.getElementsByTagName("script");
  var self = scripts[scripts.length - 1];
  var files = (self.getAttribute(legacy ? "data-legacy" : "data-modern") || "").split(" ");
  for (var i = 0; i < files.length; i++) {
    if (!files[i]) continue;
    var script = document.createElement("script");
    script.src = files[i];
    // Dynamic scripts run in the order added, as the build split them.
    script.async = false;
    document.body.appendChild(script);
  }
})();
