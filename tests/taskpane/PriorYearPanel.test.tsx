/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toA1 } from "../../src/core/grid";
import { type Prior, PRIOR_SHEET, priorRows } from "../../src/core/report/prior";
import { App } from "../../src/taskpane/App";
import { installBrowserApis } from "./browser-apis";
import { FakeHost, zeroWorkbook } from "./fake-host";

configure({ asyncUtilTimeout: 10000 });
installBrowserApis();

function show(host: FakeHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} panels={[]} />
    </FluentProvider>,
  );
}

/** A FakeHost that keeps the prior as the Excel host does: a sheet of the workbook, read back with the grid. */
class KeepingHost extends FakeHost {
  saved: Array<Prior | null> = [];
  async savePrior(prior: Prior | null): Promise<void> {
    this.saved.push(prior);
    this.grid.sheets = this.grid.sheets.filter((s) => s.name !== PRIOR_SHEET);
    if (prior)
      this.grid.sheets.push({
        name: PRIOR_SHEET,
        rows: priorRows(prior, "2026-01-05T08:00:00Z"),
        merges: [],
      });
  }
}

/** This year: all zero but 上年结转 (自然人) 4 and, to keep 表三 balanced, 结转下年度 (自然人) 4. */
function thisYear() {
  const w = zeroWorkbook();
  const rows = w.grid.sheets[0].rows;
  for (const key of ["r2_carry_in.np", "r2_carry_in.total", "r4_carry_out.np", "r4_carry_out.total"]) {
    const at = w.at("t2021_3", key);
    rows[at.row][at.col] = 4;
  }
  const carry = w.at("t2021_3", "r2_carry_in.np");
  return { w, carry: toA1(carry.row, carry.col) };
}

// Last year's export, written by hand: 结转下年度 (自然人) 3, so this year's 上年结转 4 is off by 1.
const EXPORT = JSON.stringify({
  format: "nianbao-export",
  version: 1,
  unit: "甲局",
  year: 2024,
  figures: { t2021_3: { "r4_carry_out.np": 3, "r4_carry_out.total": 4 } },
});

const jsonFile = (text: string, name = "甲局2024.json") =>
  new File([text], name, { type: "application/json" });
const pane = () => screen.getByRole("region", { name: "上年数据" });
const warnings = () =>
  within(screen.getByRole("list", { name: "检查结果" }))
    .queryAllByRole("listitem")
    .filter((li) => li.textContent?.includes("按上年报告应为"));

async function choose(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(await screen.findByLabelText("选择上年数据文件"), file);
}

test("a chosen export .json is used for the check: a warning with both figures, kept through live rechecks, until removed", async () => {
  const { w, carry } = thisYear();
  const host = new FakeHost(w.grid);
  const user = userEvent.setup();
  show(host);
  expect(await screen.findByText(/未选择上年数据/)).toBeTruthy();
  expect(screen.getByText("各表数字均相符，未发现问题。")).toBeTruthy();

  await choose(user, jsonFile(EXPORT));
  await waitFor(() => expect(warnings()).toHaveLength(1));
  const [item] = warnings();
  expect(item.getAttribute("data-cell")).toBe(carry);
  expect(item.textContent).toContain("警告");
  expect(item.textContent).toContain("二、上年结转政府信息公开申请数量 按上年报告应为 3，实为 4，相差 1");
  expect(within(pane()).getByText("正在使用上年数据：甲局 2024 年度（来自「甲局2024.json」）")).toBeTruthy();
  expect(within(pane()).getByText(/只在本页面打开期间有效/)).toBeTruthy();
  expect(screen.getByText("已使用上年数据（来自「甲局2024.json」）重新检查。")).toBeTruthy();

  // A live recheck after an edit elsewhere still compares with last year.
  const reads = host.reads;
  const other = w.at("t2021_2", "xzxk.decisions");
  host.edit("Sheet1", other.row, other.col, 0);
  await waitFor(() => expect(host.reads).toBeGreaterThan(reads), { timeout: 5000 });
  await waitFor(() => expect(warnings()).toHaveLength(1));

  await user.click(within(pane()).getByRole("button", { name: "移除上年数据" }));
  await screen.findByText("已移除上年数据，不再检查与上年的衔接。");
  expect(screen.queryByRole("list", { name: "检查结果" })).toBeNull();
  expect(within(pane()).getByText(/未选择上年数据/)).toBeTruthy();
});

test("a host that keeps the prior in the workbook: the next pane over the saved workbook uses it without asking", async () => {
  const { w } = thisYear();
  const host = new KeepingHost(w.grid);
  const user = userEvent.setup();
  const first = show(host);
  await choose(user, jsonFile(EXPORT));
  await waitFor(() => expect(warnings()).toHaveLength(1));
  expect(within(pane()).getByText(/已保存在本工作簿的隐藏表「年报助手上年数据」中/)).toBeTruthy();
  expect(host.saved).toHaveLength(1);
  first.unmount();

  // Reopened: a new pane, a new host over the workbook as saved.
  const again = new KeepingHost(w.grid);
  show(again);
  await waitFor(() => expect(warnings()).toHaveLength(1));
  expect(within(pane()).getByText("正在使用上年数据：甲局 2024 年度（来自「甲局2024.json」）")).toBeTruthy();
  await user.click(within(pane()).getByRole("button", { name: "移除上年数据" }));
  await waitFor(() => expect(again.grid.sheets.map((s) => s.name)).toEqual(["Sheet1"]));
  expect(again.saved).toEqual([null]);
});

test("a file that is not last year's figures is refused with the reason; a prior of the same year, or of other tables, is questioned", async () => {
  const { w } = thisYear();
  w.grid.sheets[0].rows.unshift(["甲局2025年政府信息公开工作年度报告统计表"]);
  const host = new FakeHost(w.grid);
  const user = userEvent.setup();
  show(host);
  await choose(user, jsonFile('{"figures": 5}', "坏.json"));
  expect((await within(pane()).findByRole("alert")).textContent).toBe(
    "上年数据文件「坏.json」不是 nianbao export 导出的格式：缺少 figures 对象（按表格编号、再按 rowId.colId 存放数字）",
  );
  await choose(user, jsonFile(EXPORT.replace('"year":2024', '"year":2025')));
  expect(
    await within(pane()).findByText(
      "所选上年数据是 2025 年度的，本表是 2025 年度的：请确认选的是上一年的报告。",
    ),
  ).toBeTruthy();
  expect(within(pane()).queryByRole("alert")).toBeNull();

  await choose(user, jsonFile(JSON.stringify({ figures: { 汇总表: { "a.b": 1 } } }), "别的.json"));
  expect(
    await within(pane()).findByText(
      "所选上年数据中没有与本表对应的统计表（表二、表三），无法检查与上年的衔接。",
    ),
  ).toBeTruthy();
});
