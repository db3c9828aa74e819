/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toA1 } from "../../src/core/grid";
import { officialLayout } from "../../src/core/layout/official-layout";
import { zeroFigures } from "../../src/core/sample/consistent-figures";
import { templateById } from "../../src/core/templates";
import { layoutToWorkbook } from "../../src/file/write-workbook";
import { WebChecker } from "../../src/web/WebChecker";
import { installBrowserApis } from "../taskpane/browser-apis";

configure({ asyncUtilTimeout: 15000 });
installBrowserApis();

const gov2021 = templateById("gov-2021")!;

/** A gov-2021 workbook, all zero but for the figures given; `heading` above the tables names unit and year. */
async function workbook(
  heading: string,
  set: Record<string, number> = {},
): Promise<{ bytes: BlobPart; at(key: string): string }> {
  const figures = zeroFigures(gov2021);
  for (const [key, v] of Object.entries(set)) figures.t2021_3[key] = v;
  const layout = officialLayout(gov2021, { sheetName: "统计表", heading, figures });
  const bytes = new Uint8Array(await layoutToWorkbook(layout).xlsx.writeBuffer());
  return {
    bytes,
    at: (key) => {
      const i = layout.inputs.find((x) => x.tableId === "t2021_3" && x.key === key)!;
      return toA1(i.row, i.col);
    },
  };
}

const xlsx = (bytes: BlobPart, name: string) => new File([bytes], name);
const pane = () => screen.getByRole("region", { name: "上年数据" });
const carryWarnings = () =>
  within(screen.getByRole("list", { name: "检查结果" }))
    .getAllByRole("listitem")
    .filter((li) => li.textContent?.includes("按上年报告应为"));

test("the web page checks against last year's workbook for the page's session, also for the next file, marks the cell, and forgets it on removal", async () => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WebChecker />
    </FluentProvider>,
  );
  const thisYear = await workbook("甲局 2025 年度政府信息公开工作年度报告统计表");
  await user.upload(screen.getByLabelText("选择 .xlsx 文件"), xlsx(thisYear.bytes, "甲局2025年报.xlsx"));
  expect(await screen.findByText("各表数字均相符，未发现问题。", undefined, { timeout: 15000 })).toBeTruthy();

  // Last year: 结转下年度继续办理 3 (自然人), so this year's 上年结转 0 should have been 3.
  const lastYear = await workbook("甲局 2024 年度政府信息公开工作年度报告统计表", {
    "r4_carry_out.np": 3,
    "r4_carry_out.total": 3,
    "r1_new.np": 3,
    "r1_new.total": 3,
  });
  // The 上年数据 panel's code loads when it is first shown, after the check.
  await screen.findByRole("region", { name: "上年数据" });
  await user.upload(within(pane()).getByLabelText("选择上年数据文件"), xlsx(lastYear.bytes, "上年.xlsx"));
  await waitFor(() => expect(carryWarnings()).toHaveLength(2));
  const np = carryWarnings().find((li) => li.getAttribute("data-cell") === thisYear.at("r2_carry_in.np"))!;
  expect(np.textContent).toContain("二、上年结转政府信息公开申请数量 按上年报告应为 3，实为 0，相差 3");
  expect(within(pane()).getByText("正在使用上年数据：甲局 2024 年度（来自「上年.xlsx」）")).toBeTruthy();
  expect(within(pane()).getByText(/上年数据只在本页面打开期间有效（打开其他文件时继续使用）/)).toBeTruthy();
  const grid = screen.getByRole("region", { name: "表格预览（只读）" });
  await waitFor(() =>
    expect(
      grid.querySelector(`td[data-cell="${thisYear.at("r2_carry_in.np")}"]`)?.getAttribute("data-severity"),
    ).toBe("warning"),
  );

  // The clerk opens the file again after a correction elsewhere: last year's figures are still in use.
  await user.upload(
    screen.getByLabelText("选择 .xlsx 文件"),
    xlsx(thisYear.bytes, "甲局2025年报（改）.xlsx"),
  );
  await screen.findByText("当前文件：甲局2025年报（改）.xlsx");
  await waitFor(() => expect(carryWarnings()).toHaveLength(2));
  expect(within(pane()).getByText("正在使用上年数据：甲局 2024 年度（来自「上年.xlsx」）")).toBeTruthy();

  await user.click(within(pane()).getByRole("button", { name: "移除上年数据" }));
  expect(await screen.findByText("各表数字均相符，未发现问题。")).toBeTruthy();
  const after = screen.getByRole("region", { name: "表格预览（只读）" });
  expect(after.querySelectorAll("td[data-severity]")).toHaveLength(0);
});

test("a workbook without the standard tables chosen as last year's is refused with its name", async () => {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <WebChecker />
    </FluentProvider>,
  );
  const thisYear = await workbook("甲局 2025 年度政府信息公开工作年度报告统计表");
  await user.upload(screen.getByLabelText("选择 .xlsx 文件"), xlsx(thisYear.bytes, "甲局2025年报.xlsx"));
  await screen.findByText("各表数字均相符，未发现问题。", undefined, { timeout: 15000 });
  const { default: ExcelJS } = await import("exceljs");
  const other = new ExcelJS.Workbook();
  other.addWorksheet("工资表").getCell("A1").value = "姓名";
  const bytes = new Uint8Array(await other.xlsx.writeBuffer());
  await user.upload(within(pane()).getByLabelText("选择上年数据文件"), xlsx(bytes, "工资表.xlsx"));
  expect((await within(pane()).findByRole("alert")).textContent).toBe(
    "上年数据：「工资表.xlsx」中没有找到标准统计表",
  );
  expect(within(pane()).getByText(/未选择上年数据/)).toBeTruthy();
});
