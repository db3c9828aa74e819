/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { type WorkbookGrid } from "../../src/core/grid";
import { OutlinePanel } from "../../src/taskpane/components/OutlinePanel";
import { installBrowserApis } from "./browser-apis";
import { FakeHost, panelProps, zeroWorkbook } from "./fake-host";

installBrowserApis();

function titled(): WorkbookGrid {
  const { grid } = zeroWorkbook("统计表");
  const rows = [["XX市财政局2025年政府信息公开工作年度报告"], [], ...grid.sheets[0].rows];
  const merges = grid.sheets[0].merges.map((m) => ({ ...m, top: m.top + 2, bottom: m.bottom + 2 }));
  return { sheets: [{ name: "统计表", rows, merges }] };
}

function show(grid: WorkbookGrid, lang: "zh-CN" | "en-US" = "zh-CN") {
  const host = new FakeHost(grid);
  render(
    <FluentProvider theme={webLightTheme}>
      <OutlinePanel {...panelProps(host, checkWorkbook(grid), lang)} />
    </FluentProvider>,
  );
  return host;
}

test("shows the outline with the body and year from the title row, and natural zero sentences", async () => {
  show(titled());
  expect(await screen.findByDisplayValue("XX市财政局")).toBeTruthy();
  expect(screen.getByDisplayValue("2025")).toBeTruthy();
  expect(screen.getByRole("heading", { name: "XX市财政局2025年政府信息公开工作年度报告" })).toBeTruthy();
  expect(screen.getByRole("heading", { name: "五、存在的主要问题及改进情况" })).toBeTruthy();
  expect(screen.getAllByText("本年度未发生因政府信息公开引起的行政复议、行政诉讼。").length).toBeGreaterThan(
    0,
  );
});

test("复制 puts the outline text on the clipboard", async () => {
  const user = userEvent.setup();
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  show(titled());
  const unit = await screen.findByDisplayValue("XX市财政局");
  await user.clear(unit);
  await user.type(unit, "YY区教育局");
  await user.click(screen.getByRole("button", { name: "复制" }));
  await screen.findByText("已复制到剪贴板。");
  const text = writeText.mock.calls[0][0] as string;
  expect(text.split("\n")[0]).toBe("YY区教育局2025年政府信息公开工作年度报告");
  expect(text).toContain("六、其他需要报告的事项");
});

test("下载 .docx hands a Word file to the browser as a data: URI", async () => {
  const user = userEvent.setup();
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  show(titled());
  await user.click(await screen.findByRole("button", { name: "下载 .docx" }));
  await screen.findByText(/已生成 Word 文档/);
  const a = click.mock.instances[0] as unknown as HTMLAnchorElement;
  expect(a.download).toBe("XX市财政局2025年政府信息公开工作年度报告.docx");
  const prefix = "data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,";
  expect(a.href.startsWith(prefix)).toBe(true);
  const bytes = Buffer.from(a.href.slice(prefix.length), "base64");
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  expect(bytes.length).toBeGreaterThan(1000);
  click.mockRestore();
});

test("says so when no standard table was recognised", () => {
  show({ sheets: [{ name: "Sheet1", rows: [["随便写的"]], merges: [] }] });
  expect(screen.getByText("未识别到标准统计表，无法生成提纲。")).toBeTruthy();
});

test("pasted report text is checked against the tables", async () => {
  const user = userEvent.setup();
  show(titled());
  const box = await screen.findByRole("textbox", { name: "报告正文" });
  await user.click(box);
  await user.paste(
    "一、总体情况\n本年度新收政府信息公开申请5件。\n本年度未发生因政府信息公开引起的行政复议、行政诉讼。",
  );
  await user.click(screen.getByRole("button", { name: "核对" }));
  const items = within(screen.getByRole("list", { name: "核对报告正文" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(items[0]).toMatch(
    /^正文“本年度新收政府信息公开申请5件。”写本年新收政府信息公开申请数量为 5件，统计表中为 0/,
  );
  expect(items.filter((t) => t?.includes("正文缺少章节"))).toHaveLength(5);
  expect(screen.getByText("正文中与统计表对应的数字 3 处，一致 2 处；不一致 6 处。")).toBeTruthy();
});

test("a chosen .txt report file is read and checked", async () => {
  const user = userEvent.setup();
  show(titled());
  const input = (await screen.findByLabelText(/选择文件/)) as HTMLInputElement;
  const file = new File(["本年度新收政府信息公开申请3件。"], "报告.txt", { type: "text/plain" });
  Object.defineProperty(file, "arrayBuffer", {
    value: async () => new TextEncoder().encode("本年度新收政府信息公开申请3件。").buffer,
  });
  await user.upload(input, file);
  expect(await screen.findByDisplayValue("本年度新收政府信息公开申请3件。")).toBeTruthy();
  expect(screen.getAllByText(/写本年新收政府信息公开申请数量为 3件/).length).toBe(1);
});

test("a chosen report file is read where Blob.arrayBuffer is missing (webviews before Chromium 76)", async () => {
  const user = userEvent.setup();
  show(titled());
  const input = (await screen.findByLabelText(/选择文件/)) as HTMLInputElement;
  const file = new File(["本年度新收政府信息公开申请3件。"], "报告.txt", { type: "text/plain" });
  Object.defineProperty(file, "arrayBuffer", { value: undefined });
  await user.upload(input, file);
  expect(await screen.findByDisplayValue("本年度新收政府信息公开申请3件。")).toBeTruthy();
});

test("a report text titled with last year is told apart from the tables' 年度 field", async () => {
  const user = userEvent.setup();
  show(titled());
  const box = await screen.findByRole("textbox", { name: "报告正文" });
  await user.click(box);
  await user.paste("XX市财政局2024年政府信息公开工作年度报告\n一、总体情况\n略。");
  await user.click(screen.getByRole("button", { name: "核对" }));
  const items = within(screen.getByRole("list", { name: "核对报告正文" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(items).toContain("正文标题“2024年政府信息公开工作年度报告”写的是 2024 年度，统计表是 2025 年度");
});
