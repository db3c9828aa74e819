import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ExcelHost } from "../excel/ExcelHost";
import { App } from "./App";

declare global {
  interface Window {
    /** Set here once Office has answered from inside Excel, so that notice.js does not take the page over. */
    nianbaoStarted?: boolean;
    /** notice.js: shows what this page is and where to go, for a page opened outside Office. */
    nianbaoOutsideOffice?(): void;
  }
}

function start(): void {
  // office.js could not be loaded (a plain browser without Internet access): certainly not inside Office.
  if (typeof Office === "undefined") {
    window.nianbaoOutsideOffice?.();
    return;
  }
  void Office.onReady((info) => {
    // Outside Office, office.js answers with no host (Microsoft's "loaded outside of Office client").
    if (!info.host) {
      window.nianbaoOutsideOffice?.();
      return;
    }
    window.nianbaoStarted = true;
    createRoot(document.getElementById("root")!).render(
      <FluentProvider theme={webLightTheme}>
        <App host={new ExcelHost()} />
      </FluentProvider>,
    );
  });
}

// choose-pane.js loads this bundle in every webview but Internet Explorer 11, which gets src/legacy instead.
start();
