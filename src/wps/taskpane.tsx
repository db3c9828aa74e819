import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { WpsHost } from "./WpsHost";

// The same pane as in Excel; WPS's object model is there from the start, so nothing to wait for.
createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <App host={new WpsHost()} />
  </FluentProvider>,
);
