import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ExcelHost } from "../excel/ExcelHost";
import { App } from "./App";

declare global {
  interface Window {
    /** Set by notice.js when this webview cannot run the pane and a notice is shown instead. */
    nianbaoUnsupported?: boolean;
  }
}

if (!window.nianbaoUnsupported) {
  void Office.onReady(() => {
    const root = createRoot(document.getElementById("root")!);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App host={new ExcelHost()} />
      </FluentProvider>,
    );
  });
}
