/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/core/check";
import { type Delivery, type OutgoingFile } from "../../src/core/host";
import { JUSTIFICATION_SHEET } from "../../src/core/report";
import { SubmitPanel } from "../../src/taskpane/components/SubmitPanel";
import { installBrowserApis } from "./browser-apis";
import { FakeHost, panelProps, zeroWorkbook } from "./fake-host";

installBrowserApis();

class SubmitHost extends FakeHost {
  saved: string[][][] = [];
  delivered: OutgoingFile[] = [];
  answer: Delivery = { how: "opened" };
  async saveJustifications(rows: string[][]): Promise<void> {
    this.saved.push(rows);
    this.grid = {
      sheets: [
        ...this.grid.sheets.filter((s) => s.name !== JUSTIFICATION_SHEET),
        { name: JUSTIFICATION_SHEET, rows, merges: [] },
      ],
    };
  }
  async deliverFile(file: OutgoingFile): Promise<Delivery> {
    this.delivered.push(file);
    return file.name.endsWith(".xlsx") ? this.answer : { how: "unsupported", guidance: "只能打开 .xlsx" };
  }
}

function workbook(mutate: (set: (table: string, key: string, v: number | null) => void) => void) {
  const wb = zeroWorkbook();
  mutate((table, key, v) => {
    const at = wb.at(table, key);
    wb.grid.sheets[0].rows[at.row][at.col] = v;
  });
  return wb.grid;
}

function show(host: SubmitHost): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <SubmitPanel {...panelProps(host, checkWorkbook(host.grid))} />
    </FluentProvider>,
  );
}

test("a warning needs a real 说明: a placeholder is refused, a real one is saved into the workbook and unblocks", async () => {
  const host = new SubmitHost(workbook((set) => set("t2021_4", "cases.fy_wc", null)));
  show(host);
  expect(await screen.findByText(/暂不能报送：错误 0 个须改正，警告 1 个须填写说明/)).toBeTruthy();
  const box = screen.getByRole("textbox", { name: /说明：/ });
  await userEvent.type(box, "无");
  await userEvent.click(screen.getByRole("button", { name: "保存说明" }));
  expect(await screen.findByText(/「无」不是说明/)).toBeTruthy();
  expect(host.saved).toHaveLength(0);

  await userEvent.clear(box);
  await userEvent.type(box, "本年度未发生行政复议案件");
  await userEvent.click(screen.getByRole("button", { name: "保存说明" }));
  expect(await screen.findByText(/可以报送：没有错误，警告均已填写说明/)).toBeTruthy();
  expect(host.saved[0][1]).toEqual(
    expect.arrayContaining(["gov-2021", "t2021_4", "cases", "fy_wc", "本年度未发生行政复议案件"]),
  );
  expect(screen.getByText("说明：本年度未发生行政复议案件")).toBeTruthy();
});

test("export is refused while errors remain, naming the cells, and nothing is handed over", async () => {
  const host = new SubmitHost(workbook((set) => set("t2021_3", "r1_new.total", 4)));
  show(host);
  await userEvent.click(await screen.findByRole("button", { name: "导出报送文件" }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/还有 \d+ 个错误未改正，不能报送/);
  expect(alert.textContent).toMatch(/Sheet1!\w+\d+：/);
  expect(host.delivered).toHaveLength(0);
});

test("a ready report is exported: the .xlsx opens in Excel, the others fall back to a download with a message", async () => {
  const downloads: string[] = [];
  // jsdom cannot navigate to a data: URI; record what the pane asked the browser to download.
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  const host = new SubmitHost(workbook(() => undefined));
  show(host);
  await userEvent.type(await screen.findByRole("textbox", { name: "填报单位" }), "甲市乙局");
  await userEvent.type(screen.getByRole("textbox", { name: "年度" }), "2025");
  await userEvent.click(screen.getByRole("button", { name: "导出报送文件" }));
  expect(await screen.findByText(/已在新的 Excel 窗口中打开/, {}, { timeout: 20000 })).toBeTruthy();
  expect(host.delivered.map((f) => f.name)).toEqual([
    "甲市乙局2025政府信息公开工作年度报告统计表.xlsx",
    "甲市乙局2025政府信息公开工作年度报告统计表.json",
    "甲市乙局2025政府信息公开工作年度报告统计表_校验说明.html",
  ]);
  await waitFor(() => expect(screen.getAllByText(/已下载/)).toHaveLength(2));
  expect(screen.getAllByText(/只能打开 \.xlsx/)).toHaveLength(2);
  expect(downloads).toEqual([
    "甲市乙局2025政府信息公开工作年度报告统计表.json",
    "甲市乙局2025政府信息公开工作年度报告统计表_校验说明.html",
  ]);
});

test("a workbook that cannot be read says so, instead of an empty form", async () => {
  const host = new SubmitHost(workbook(() => undefined));
  const result = checkWorkbook(host.grid);
  host.readGrid = () => Promise.reject(new Error("工作簿正在编辑，请先结束编辑"));
  render(
    <FluentProvider theme={webLightTheme}>
      <SubmitPanel {...panelProps(host, result)} grid={null} />
    </FluentProvider>,
  );
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toBe("未能读取工作簿中的单位名称、年度和说明：工作簿正在编辑，请先结束编辑");
});

test("the export speaks the pane's language: an English pane writes English findings", async () => {
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  const host = new SubmitHost(workbook((set) => set("t2021_4", "cases.fy_wc", null)));
  render(
    <FluentProvider theme={webLightTheme}>
      <SubmitPanel {...panelProps(host, checkWorkbook(host.grid, { lang: "en-US" }), "en-US")} />
    </FluentProvider>,
  );
  await userEvent.type(
    await screen.findByRole("textbox", { name: /^Explanation: / }),
    "No reviews were brought this year",
  );
  await userEvent.click(screen.getByRole("button", { name: "Save explanation" }));
  await userEvent.click(await screen.findByRole("button", { name: "Export submission files" }));
  await waitFor(() => expect(host.delivered).toHaveLength(3), { timeout: 20000 });
  const json = JSON.parse(String(host.delivered[1].data)) as { findings: Array<{ message: string }> };
  expect(json.findings.map((f) => f.message)).toEqual(["not filled in"]);
});

test("while the pane is busy the panel's buttons wait: one busy for the whole pane", async () => {
  const host = new SubmitHost(workbook(() => undefined));
  render(
    <FluentProvider theme={webLightTheme}>
      <SubmitPanel {...panelProps(host, checkWorkbook(host.grid))} busy />
    </FluentProvider>,
  );
  const button = await screen.findByRole("button", { name: "导出报送文件" });
  // Disabled but focusable: a keyboard user who pressed it keeps the focus on it while the pane works.
  expect(button.getAttribute("aria-disabled")).toBe("true");
});
