import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ExcelHost } from "../excel/ExcelHost";
import { App } from "./App";

// choose-pane.js loads this bundle in every webview but Internet Explorer 11, which gets src/legacy instead.
void Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={new ExcelHost()} />
    </FluentProvider>,
  );
});
