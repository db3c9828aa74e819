import { type CheckResult } from "../../src/core/check";
import { type Finding, type FindingKind } from "../../src/core/finding";
import { blankCells, bindingText, noteMatters } from "../../src/taskpane/display";
import { groupFindings } from "../../src/taskpane/group";
import { translator } from "../../src/taskpane/i18n";

/*
 * What both task panes show, from the one module each takes it from (the React pane's components and src/legacy):
 * the findings grouped by table and kind in the order a clerk reads them, the 已识别 line and the cells 空白单元格填 0
 * offers. Findings are written by hand here, not made by the checker.
 */

const t = translator("zh-CN");

function finding(
  kind: FindingKind,
  severity: Finding["severity"],
  table: string | undefined,
  cell: string,
): Finding {
  return {
    kind,
    rule: kind,
    severity,
    template: "gov-2021",
    table,
    sheet: "2025年报",
    cell,
    cells: [cell],
    involved: [
      {
        sheet: "2025年报",
        cell,
        rowId: "r",
        colId: "c",
        label: `${cell} 的行列名`,
        value: null,
        role: "target",
      },
    ],
    messageId: kind,
    params: {},
    message: `${kind} ${cell}`,
  };
}

function result(findings: Finding[]): CheckResult {
  return {
    template: "gov-2021",
    templateName: "2021 年新版统计表",
    tables: [
      { id: "t2021_2", title: "表二 主动公开政府信息情况", sheet: "2025年报", range: "A3:E20" },
      { id: "t2021_3", title: "表三 收到和处理政府信息公开申请情况", sheet: "2025年报", range: "A21:J45" },
    ],
    findings,
    summary: { errors: 0, warnings: 0, infos: 0 },
    figures: {} as CheckResult["figures"],
  };
}

const shape = (r: CheckResult) =>
  groupFindings(r, "其他").map((g) => [g.title, g.kinds.map((k) => [k.kind, k.findings.map((f) => f.cell)])]);

test("tables holding errors come first, and within a table the kinds holding errors, each error before a warning", () => {
  const r = result([
    finding("empty-required", "warning", "t2021_2", "B8"),
    finding("sum-mismatch", "warning", "t2021_3", "J30"),
    finding("empty-required", "warning", "t2021_3", "D22"),
    finding("sum-mismatch", "error", "t2021_3", "J21"),
    finding("balance-mismatch", "error", "t2021_3", "J45"),
  ]);
  expect(shape(r)).toEqual([
    [
      "表三 收到和处理政府信息公开申请情况",
      [
        ["sum-mismatch", ["J21", "J30"]],
        ["balance-mismatch", ["J45"]],
        ["empty-required", ["D22"]],
      ],
    ],
    ["表二 主动公开政府信息情况", [["empty-required", ["B8"]]]],
  ]);
});

test("a table the workbook lacks keeps its official title; a finding about no table goes under the other heading", () => {
  const r = result([
    finding("outdated-template", "warning", undefined, "A1"),
    finding("missing-row", "warning", "t2021_4", "A50"),
  ]);
  expect(shape(r)).toEqual([
    ["其他", [["outdated-template", ["A1"]]]],
    ["表四 政府信息公开行政复议、行政诉讼情况", [["missing-row", ["A50"]]]],
  ]);
});

test("已识别 names each table by its number and where it was found", () => {
  expect(bindingText(result([]), t)).toBe(
    "已识别：2021 年新版统计表，表二 位于 2025年报!A3:E20；表三 位于 2025年报!A21:J45",
  );
});

test("空白单元格填 0 offers each blank required cell once, with its label, and nothing else", () => {
  const r = result([
    finding("empty-required", "warning", "t2021_2", "B8"),
    finding("empty-required", "warning", "t2021_3", "B8"),
    finding("sum-mismatch", "error", "t2021_3", "J21"),
  ]);
  expect(blankCells(r.findings)).toEqual([{ sheet: "2025年报", cell: "B8", label: "B8 的行列名" }]);
});

test("a note on what this Office lacks shows when it changes what the clerk sees: always, once marked, or when tables are missing", () => {
  const always = { text: "不能隐藏工作表", when: "always" } as const;
  const marked = { text: "不支持条件格式", when: "marked" } as const;
  const missing = { text: "插入的空白表不含合并与锁定", when: "tables-missing" } as const;
  const found = result([finding("sum-mismatch", "error", "t2021_3", "J21")]);
  const none = { ...result([]), template: null, templateName: null, tables: [] };
  const lacking = result([finding("missing-row", "error", "t2021_3", "A30")]);
  const shown = (r: CheckResult | null, painted: boolean) =>
    [always, marked, missing].filter((n) => noteMatters(n, r, painted)).map((n) => n.when);
  expect(shown(null, false)).toEqual(["always"]);
  expect(shown(found, false)).toEqual(["always"]);
  expect(shown(found, true)).toEqual(["always", "marked"]);
  expect(shown(none, false)).toEqual(["always", "tables-missing"]);
  expect(shown(lacking, false)).toEqual(["always", "tables-missing"]);
});
