// First: the page's Promise is office.js's (IE11 has none, and the bundle brings none).
import "./promise-from-office";
// Next: core-js has no String.prototype.normalize, and the engine normalizes every label it reads.
import "./polyfill-normalize";
import { ExcelHost } from "../excel/ExcelHost";
import { mountPane } from "./pane";
import { LEGACY_CSS } from "./style";

// choose-pane.js loads this bundle in Internet Explorer 11 (volume-licensed Office 2016/2019) instead of the React pane.
void Office.onReady(() => {
  // notice.js shows its outside-Office notice unless a pane has started.
  (window as { nianbaoStarted?: boolean }).nianbaoStarted = true;
  const style = document.createElement("style");
  style.appendChild(document.createTextNode(LEGACY_CSS));
  document.getElementsByTagName("head")[0].appendChild(style);
  mountPane(document.getElementById("root")!, new ExcelHost());
});
