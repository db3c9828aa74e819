/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toA1 } from "../../src/core/grid";
import { type HostCapabilities } from "../../src/core/host";
import { type InputRuleCell, type InputRuleSurvey, isOurInputRule } from "../../src/core/input-rules";
import { App } from "../../src/taskpane/App";
import { panels } from "../../src/taskpane/panels";
import { installBrowserApis } from "./browser-apis";
import { FakeHost, zeroWorkbook } from "./fake-host";

configure({ asyncUtilTimeout: 10000 });
installBrowserApis();

/** A FakeHost with data validation: each cell's prompt title, as Excel would report it. */
class RulesHost extends FakeHost {
  titles = new Map<string, string>();
  added: InputRuleCell[][] = [];
  async surveyInputRules(cells: InputRuleCell[]): Promise<InputRuleSurvey> {
    const out: InputRuleSurvey = { free: [], ours: [], others: [] };
    for (const c of cells) {
      const title = this.titles.get(c.cell);
      (title === undefined ? out.free : isOurInputRule(title) ? out.ours : out.others).push(c);
    }
    return out;
  }
  async addInputRules(cells: InputRuleCell[]): Promise<void> {
    this.added.push(cells);
    for (const c of cells) this.titles.set(c.cell, c.kind === "amount" ? "年报助手·万元" : "年报助手·件数");
  }
  async removeInputRules(cells: InputRuleCell[]): Promise<number> {
    const ours = cells.filter((c) => isOurInputRule(this.titles.get(c.cell)));
    for (const c of ours) this.titles.delete(c.cell);
    return ours.length;
  }
}

function show(host: FakeHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} panels={panels} />
    </FluentProvider>,
  );
}

async function openTab(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByText("各表数字均相符，未发现问题。");
  await user.click(screen.getByRole("tab", { name: "输入校验" }));
}

test("lists what it will add before adding, adds only to free cells, and removes only ours", async () => {
  const w = zeroWorkbook();
  const host = new RulesHost(w.grid, "zh-CN", { inputRules: true });
  const own = w.at("t2021_3", "r1_new.np");
  const ownCell = toA1(own.row, own.col);
  host.titles.set(ownCell, "科室填报说明");
  const before = JSON.stringify(w.grid);
  const user = userEvent.setup();
  show(host);
  await openTab(user);
  await user.click(screen.getByRole("button", { name: "为统计表加输入校验" }));

  const plan = await screen.findByRole("group", { name: "为统计表加输入校验" });
  const lines = within(plan)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  const fee = w.at("t2021_2", "xzsyxsf.amount");
  expect(lines).toContain(`表二：万元（不小于 0，最多两位小数） 1 格（Sheet1!${toA1(fee.row, fee.col)}）`);
  expect(lines.find((l) => l?.startsWith("表三：件数（0 或正整数）"))).toMatch(
    /^表三：件数（0 或正整数） \d+ 格（Sheet1![A-Z]+\d+:[A-Z]+\d+ 等）$/,
  );
  expect(within(plan).getByText(`已有其他数据验证的 1 格不改动：Sheet1!${ownCell}`)).toBeTruthy();
  expect(host.added).toHaveLength(0);

  await user.click(within(plan).getByRole("button", { name: "确认添加" }));
  const added = host.added[0];
  expect(added.some((c) => c.cell === ownCell)).toBe(false);
  expect(await screen.findByText(`已为 ${added.length} 个单元格加输入校验。`)).toBeTruthy();
  expect(JSON.stringify(w.grid)).toBe(before);

  await user.click(screen.getByRole("button", { name: "移除输入校验" }));
  expect(
    await screen.findByText(`已移除 ${added.length} 个单元格上的年报助手输入校验；其他数据验证未改动。`),
  ).toBeTruthy();
  expect([...host.titles]).toEqual([[ownCell, "科室填报说明"]]);
});

test("cancelling the list adds nothing", async () => {
  const host = new RulesHost(zeroWorkbook().grid, "zh-CN", { inputRules: true });
  const user = userEvent.setup();
  show(host);
  await openTab(user);
  await user.click(screen.getByRole("button", { name: "为统计表加输入校验" }));
  const plan = await screen.findByRole("group", { name: "为统计表加输入校验" });
  await user.click(within(plan).getByRole("button", { name: "取消" }));
  await waitFor(() => expect(screen.queryByRole("group", { name: "为统计表加输入校验" })).toBeNull());
  expect(host.added).toHaveLength(0);
});

test("below ExcelApi 1.8 the action is absent and the tab says why", async () => {
  const caps: Partial<HostCapabilities> = { inputRules: false };
  const user = userEvent.setup();
  show(new RulesHost(zeroWorkbook().grid, "zh-CN", caps));
  await openTab(user);
  expect(screen.getByText(/需要 ExcelApi 1\.8/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "为统计表加输入校验" })).toBeNull();
});

test("a host without data validation (the web page, WPS) has no 输入校验 tab at all", async () => {
  show(new FakeHost(zeroWorkbook().grid));
  await screen.findByText("各表数字均相符，未发现问题。");
  expect(screen.getByRole("tab", { name: "报送" })).toBeTruthy();
  expect(screen.queryByRole("tab", { name: "输入校验" })).toBeNull();
});
