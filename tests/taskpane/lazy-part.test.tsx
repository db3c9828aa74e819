/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen } from "@testing-library/react";
import { type ReactNode } from "react";
import { translator, type Translate } from "../../src/taskpane/i18n";
import { lazyPart } from "../../src/taskpane/lazy-part";
import { installBrowserApis } from "./browser-apis";

configure({ asyncUtilTimeout: 10000 });
installBrowserApis();

const t = translator("zh-CN");

function show(node: ReactNode) {
  render(
    <FluentProvider theme={webLightTheme}>
      <p>检查结果仍在</p>
      {node}
    </FluentProvider>,
  );
}

test("a part is shown once its code has loaded", async () => {
  const Part = lazyPart(async () => ({ t: say }: { t: Translate }) => <p>{say("outline.title")}</p>);
  show(<Part t={t} />);
  expect(await screen.findByText("报告提纲")).toBeTruthy();
});

test("a part whose script cannot be fetched says so in Chinese and leaves the rest of the pane", async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  const Part = lazyPart<{ t: Translate }>(() => Promise.reject(new Error("Loading chunk 51 failed.")));
  show(<Part t={t} />);
  expect((await screen.findByRole("alert")).textContent).toBe(
    "这一部分未能加载（Loading chunk 51 failed.），请关闭年报助手后重新打开。",
  );
  expect(screen.getByText("检查结果仍在")).toBeTruthy();
});
