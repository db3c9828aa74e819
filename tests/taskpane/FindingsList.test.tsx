/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type CellValue } from "../../src/core/grid";
import { type CapabilityNote } from "../../src/core/host";
import { App } from "../../src/taskpane/App";
import { installBrowserApis } from "./browser-apis";
import { FakeHost, zeroWorkbook } from "./fake-host";

configure({ asyncUtilTimeout: 10000 });
installBrowserApis();

const T3 = "t2021_3";

/**
 * gov-2021 with one mistake of each kind a clerk makes in the cells: a total off by one over six parts, a blank, a
 * word, a unit, full-width digits, a negative, a fraction, and 规章 from a body that may not make them.
 */
function workbook(notes: CapabilityNote[] = [], language = "zh-CN") {
  const w = zeroWorkbook();
  const rows = w.grid.sheets[0].rows;
  const set = (table: string, key: string, v: CellValue) => {
    const at = w.at(table, key);
    rows[at.row][at.col] = v;
  };
  // The row totals in the 总计 column are kept right, so that only （七）总计 of 自然人 is wrong.
  for (const [key, v] of [
    ["r3_1", 14],
    ["r3_2", 7],
    ["r3_3_1", 1],
    ["r3_3_2", 2],
    ["r3_4_1", 3],
    ["r3_6_3", 5],
  ] as const) {
    set(T3, `${key}.np`, v);
    set(T3, `${key}.total`, v);
  }
  set(T3, "r3_7_total.np", 31);
  set(T3, "r3_7_total.total", 32);
  set(T3, "r1_new.np", 32);
  set(T3, "r1_new.total", 32);
  set("t2021_2", "xzxk.decisions", null);
  set(T3, "r3_5_1.biz", "不详");
  set(T3, "r3_5_2.biz", "12件");
  set(T3, "r3_5_3.biz", "１２");
  set(T3, "r3_5_4.research", -3);
  set(T3, "r3_5_5.research", 2.5);
  set("t2021_2", "gz.made", 2);
  return new FakeHost(w.grid, language, { notes });
}

function show(host: FakeHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} panels={[]} />
    </FluentProvider>,
  );
}

/** The short line of each finding, as shown on its button (after the severity badge). */
async function verdicts(listName: string): Promise<string[]> {
  const list = await screen.findByRole("list", { name: listName });
  return within(list)
    .getAllByRole("listitem")
    .map((item) => within(item).getAllByRole("button")[0].textContent ?? "");
}

test("each kind of finding shows its verdict in one short line, in Chinese", async () => {
  show(workbook());
  const shown = await verdicts("检查结果");
  for (const line of [
    "错误（七）总计 应为 32，实为 31，相差 1",
    "错误不是数字：“不详”",
    "警告带有单位：“12件”，只填 12",
    "警告全角数字：“１２”，应为 12",
    "错误负数 -3",
    "错误小数 2.5，应为整数",
    "警告未填写",
    "提示规章 为 2：请确认本机关可以制定规章",
  ])
    expect(shown.some((s) => s.startsWith(line))).toBe(true);
  // The cell and its names come with the verdict, not inside it.
  expect(shown.find((s) => s.startsWith("警告未填写"))).toMatch(/Sheet1!\w+\d+ · 行政许可/);
});

test("each kind of finding shows its verdict in one short line, in English", async () => {
  show(workbook([], "en-US"));
  const shown = await verdicts("Findings");
  for (const line of [
    "Error（七）总计 should be 32 but is 31, a difference of 1",
    "Errornot a number: “不详”",
    "Warningwith a unit: “12件”; enter 12 only",
    "Warningfull-width digits “１２”: type 12",
    "Errornegative: -3",
    "Errorfraction 2.5; counts are whole numbers",
    "Warningnot filled in",
    "Note规章 is 2: confirm this body makes 规章",
  ])
    expect(shown.some((s) => s.startsWith(line))).toBe(true);
});

test("the parts are one keypress away: the expander shows the full sentence and every cell with its figure", async () => {
  show(workbook());
  const list = await screen.findByRole("list", { name: "检查结果" });
  const item = within(list)
    .getAllByRole("listitem")
    .find((li) => li.textContent?.includes("（七）总计 应为 32"))!;
  const toggle = within(item).getByRole("button", { name: /的详情$/ });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  expect(within(item).queryByRole("list", { name: "涉及的单元格" })).toBeNull();
  toggle.focus();
  await userEvent.keyboard("{Enter}");
  expect(toggle.getAttribute("aria-expanded")).toBe("true");
  expect(
    within(item).getByText(
      "（七）总计（自然人）应为 32（= 予以公开 14 + 部分公开 7 + 其他 5 + 本机关不掌握相关政府信息 3 等 21 项），实为 31，相差 1",
    ),
  ).toBeTruthy();
  const cells = within(within(item).getByRole("list", { name: "涉及的单元格" })).getAllByRole("listitem");
  // The total and all 21 parts, zeros included: what the sentence cut short is here.
  expect(cells).toHaveLength(22);
  expect(cells.some((c) => /^Sheet1!\w+\d+ 1\.属于国家秘密（自然人） 1$/.test(c.textContent ?? ""))).toBe(
    true,
  );
  await userEvent.keyboard(" ");
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
});

test("arrows move through the findings and Enter goes to the cell", async () => {
  const host = workbook();
  show(host);
  const list = await screen.findByRole("list", { name: "检查结果" });
  const items = within(list).getAllByRole("listitem");
  within(items[0]).getAllByRole("button")[0].focus();
  await userEvent.keyboard("{ArrowDown}{ArrowDown}{ArrowUp}");
  expect(document.activeElement).toBe(within(items[1]).getAllByRole("button")[0]);
  await userEvent.keyboard("{Enter}");
  await waitFor(() => expect(host.selected?.cell).toBe(items[1].getAttribute("data-cell")));
  expect(items[1].getAttribute("aria-current")).toBe("true");
});

describe("capability notices", () => {
  const merged: CapabilityNote = {
    text: "此版本 Excel 无法读取合并单元格，将只按标签定位表格。",
    when: "tables-missing",
  };
  const painted: CapabilityNote = { text: "标记将直接修改填充色", when: "marked" };

  test("absent when the tables were found, even on an Excel that cannot read merges", async () => {
    show(workbook([merged, painted]));
    await screen.findByRole("list", { name: "检查结果" });
    expect(screen.queryByText(merged.text)).toBeNull();
    expect(screen.queryByText(painted.text)).toBeNull();
  });

  test("shown when a table was not found, where reading merges might have found it", async () => {
    const host = workbook([merged]);
    const rows = host.grid.sheets[0].rows;
    host.grid.sheets[0].rows = rows.slice(
      0,
      rows.findIndex((r) => r[0] === "四、政府信息公开行政复议、行政诉讼情况"),
    );
    show(host);
    expect(await screen.findByText(merged.text)).toBeTruthy();
  });

  test("shown when no table was recognised at all", async () => {
    show(
      new FakeHost({ sheets: [{ name: "Sheet1", rows: [["随便写的表"]], merges: [] }] }, "zh-CN", {
        notes: [merged],
      }),
    );
    expect(await screen.findByText(merged.text)).toBeTruthy();
  });

  test("a note about painted marks comes once 检查 has painted them, and goes with 清除标记", async () => {
    show(workbook([painted]));
    await screen.findByRole("list", { name: "检查结果" });
    expect(screen.queryByText(painted.text)).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByText(painted.text)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "清除标记" }));
    await waitFor(() => expect(screen.queryByText(painted.text)).toBeNull());
  });
});
