/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toA1 } from "../../src/core/grid";
import { App } from "../../src/taskpane/App";
import { type Panel } from "../../src/taskpane/panels";
import { installBrowserApis } from "./browser-apis";
import { FakeHost, zeroWorkbook } from "./fake-host";

// The machine is shared: give the pane time to settle instead of failing on a slow render.
configure({ asyncUtilTimeout: 10000 });

installBrowserApis();

// Other features' panels are left out: these tests are about the findings pane itself.
function show(host: FakeHost, panels: Panel[] = []) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} panels={panels} />
    </FluentProvider>,
  );
}

/** gov-2021 with a total in 表三 off by 5 (error) and a blank cell in 表二 (warning). */
function plantedHost(language = "zh-CN") {
  const w = zeroWorkbook();
  const rows = w.grid.sheets[0].rows;
  const total = w.at("t2021_3", "r1_new.total");
  rows[total.row][total.col] = 5;
  const blank = w.at("t2021_2", "xzxk.decisions");
  rows[blank.row][blank.col] = null;
  return {
    host: new FakeHost(w.grid, language),
    total: toA1(total.row, total.col),
    blank: toA1(blank.row, blank.col),
    w,
  };
}

/** The findings list, once the pane is idle again (buttons are disabled while the host works). */
async function findingsList() {
  const list = await screen.findByRole("list", { name: "检查结果" });
  const check = within(screen.getByRole("toolbar", { name: "年报助手操作" })).getByRole("button", {
    name: "检查",
  });
  await waitFor(() => expect(check.hasAttribute("disabled")).toBe(false));
  return list;
}

test("shows where the tables are and lists each finding, errors first, under its table", async () => {
  const { host, total, blank } = plantedHost();
  show(host);
  const list = await findingsList();
  expect(
    screen.getByText(/已识别：2021 年格式，表二 位于 Sheet1!A3:D15；表三 位于 Sheet1!A\d+:J\d+/),
  ).toBeTruthy();
  const items = within(list).getAllByRole("listitem");
  const verdict = (item: HTMLElement) => within(item).getAllByRole("button")[0].textContent;
  expect(verdict(items[0])).toMatch(/^错误/);
  expect(items[0].getAttribute("data-cell")).toBe(total);
  expect(verdict(items[0])).toMatch(/应为 0，实为 5，相差 5/);
  const last = items[items.length - 1];
  expect(verdict(last)).toMatch(/^警告未填写/);
  expect(last.getAttribute("data-cell")).toBe(blank);
  const headings = within(list)
    .getAllByRole("heading", { level: 2 })
    .map((h) => h.textContent);
  // 表二 comes before 表三 on the sheet, but only 表三 holds an error.
  expect(headings[0]).toMatch(/^表三/);
  expect(headings[1]).toMatch(/^表二/);
  expect(screen.getByRole("status").textContent).toMatch(/错误 \d+ 项，警告 1 项/);
});

test("says the tables pass when nothing is wrong", async () => {
  show(new FakeHost(zeroWorkbook().grid));
  expect(await screen.findByText("各表数字均相符，未发现问题。")).toBeTruthy();
  expect(screen.queryByRole("list", { name: "检查结果" })).toBeNull();
});

test("clicking a finding selects its cell in the workbook", async () => {
  const { host, total } = plantedHost();
  show(host);
  const [first] = within(await findingsList()).getAllByRole("listitem");
  await userEvent.click(first);
  expect(host.selected).toEqual({ sheet: "Sheet1", cell: total });
  expect(first.getAttribute("aria-current")).toBe("true");
});

test("检查 marks the cells and 清除标记 removes the marks", async () => {
  const { host, total } = plantedHost();
  show(host);
  await findingsList();
  expect(host.highlights).toEqual([]);
  await userEvent.click(
    within(screen.getByRole("toolbar", { name: "年报助手操作" })).getByRole("button", { name: "检查" }),
  );
  await waitFor(() => expect(host.highlights.map((h) => h.cell)).toContain(total));
  expect(host.highlights.find((h) => h.cell === total)?.severity).toBe("error");
  await userEvent.click(screen.getByRole("button", { name: "清除标记" }));
  await waitFor(() => expect(host.highlights).toEqual([]));
});

test("speaks English when Office does", async () => {
  const { host } = plantedHost("en-US");
  show(host);
  const list = await screen.findByRole("list", { name: "Findings" });
  const toolbar = screen.getByRole("toolbar", { name: "Assistant actions" });
  expect(within(toolbar).getByRole("button", { name: "Check" })).toBeTruthy();
  expect(screen.getByText(/^Recognised: 2021 年格式, 表二 at Sheet1!A3:D15/)).toBeTruthy();
  const text = within(within(list).getAllByRole("listitem")[0]).getAllByRole("button")[0].textContent ?? "";
  expect(text).toMatch(/^Error.* should be 0 but is 5, a difference of 5/);
  expect(text).not.toMatch(/应为|实为/);
});

test("filling blanks with 0 lists the cells first and writes nothing on cancel", async () => {
  const { host, blank } = plantedHost();
  show(host);
  await findingsList();
  await userEvent.click(screen.getByRole("button", { name: "空白单元格填 0" }));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText(new RegExp(`Sheet1!${blank}`))).toBeTruthy();
  await userEvent.click(await within(dialog).findByRole("button", { name: "取消" }));
  expect(screen.queryByRole("dialog")).toBeNull();
  expect(host.writes).toEqual([]);

  await userEvent.click(screen.getByRole("button", { name: "空白单元格填 0" }));
  await userEvent.click(
    await within(await screen.findByRole("dialog")).findByRole("button", { name: "确认填写" }),
  );
  await waitFor(() => expect(host.writes).toEqual([[{ sheet: "Sheet1", cell: blank, value: 0 }]]));
  expect(await screen.findByText("已在 1 个单元格填入 0。")).toBeTruthy();
});

test("a host error is shown and the findings keep working", async () => {
  const { host, total } = plantedHost();
  host.failWrites = "工作表“Sheet1”受保护，无法写入。请先撤销工作表保护。";
  show(host);
  await findingsList();
  await userEvent.click(screen.getByRole("button", { name: "空白单元格填 0" }));
  await userEvent.click(
    await within(await screen.findByRole("dialog")).findByRole("button", { name: "确认填写" }),
  );
  expect((await screen.findByRole("alert")).textContent).toContain("工作表“Sheet1”受保护");
  await userEvent.click(within(await findingsList()).getAllByRole("listitem")[0]);
  expect(host.selected).toEqual({ sheet: "Sheet1", cell: total });
});

test("when no table is recognised it offers a blank standard sheet, pre-2019 on request", async () => {
  const host = new FakeHost({ sheets: [{ name: "Sheet1", rows: [["随便写点"]], merges: [] }] });
  show(host);
  expect(await screen.findByText(/未在工作簿中找到标准统计表/)).toBeTruthy();
  await userEvent.selectOptions(screen.getByRole("combobox"), "pre-2019");
  await userEvent.click(screen.getByRole("button", { name: "插入标准空白表" }));
  await waitFor(() => expect(host.inserted).toEqual(["pre-2019"]));
});

test("rechecks by itself shortly after the clerk edits the workbook", async () => {
  jest.useFakeTimers();
  try {
    const { host, w, total } = plantedHost();
    show(host);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole("list", { name: "检查结果" })).toBeTruthy();
    const cell = w.at("t2021_3", "r1_new.total");
    host.edit("Sheet1", cell.row, cell.col, 0);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(200);
    });
    expect(screen.queryAllByRole("listitem").some((li) => li.getAttribute("data-cell") === total)).toBe(true);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1000);
    });
    expect(screen.queryAllByRole("listitem").some((li) => li.getAttribute("data-cell") === total)).toBe(
      false,
    );
  } finally {
    jest.useRealTimers();
  }
});

test("registered panels appear as tabs under the findings and get the latest check", async () => {
  const { host } = plantedHost();
  const panel: Panel = {
    id: "demo",
    title: "outline.title",
    render: ({ result, lang }) => <p>{`${lang}：${result?.summary.errors ?? "-"} 项错误`}</p>,
  };
  show(host, [panel]);
  expect(screen.getByRole("tab", { name: "报告提纲" })).toBeTruthy();
  expect(await screen.findByText("zh-CN：2 项错误")).toBeTruthy();
});

test("the outline and submission panels take the grid of the check instead of reading the workbook again", async () => {
  const { host } = plantedHost();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
  await findingsList();
  expect(await screen.findByRole("region", { name: "报告提纲" })).toBeTruthy();
  await userEvent.click(screen.getByRole("tab", { name: "报送" }));
  expect(await screen.findByRole("region", { name: "报送" })).toBeTruthy();
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  expect(host.reads).toBe(1);
});
