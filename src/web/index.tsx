import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { WebChecker } from "./WebChecker";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <WebChecker />
  </FluentProvider>,
);
