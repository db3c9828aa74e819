import { checkWorkbook } from "../../src/core/check";
import { type WorkbookGrid } from "../../src/core/grid";
import { dataCells, emptyFigures } from "../../src/core/sample/consistent-figures";
import { builtinTemplates } from "../../src/core/templates";
import { FilledForm } from "./helpers";

test.each(builtinTemplates().map((t) => t.id))(
  "a consistent %s workbook has no errors and reports its figures",
  (id) => {
    const form = new FilledForm(id, 21);
    const result = form.check();
    expect(result.template).toBe(id);
    expect(result.summary.errors).toBe(0);
    expect(result.tables.map((t) => t.id)).toEqual(
      builtinTemplates()
        .find((t) => t.id === id)!
        .tables.map((t) => t.id),
    );
    expect(result.figures).toEqual(form.figures);
    expect(result.binding?.missingTables).toEqual([]);
  },
);

test("a gov-2019 workbook is checked on its own format and reported as outdated", () => {
  const result = new FilledForm("gov-2019", 2).check();
  expect(result.templateName).toBe("2019 年试行格式");
  expect(result.findings).toHaveLength(1);
  expect(result.findings[0]).toMatchObject({ kind: "outdated-template", severity: "warning", cells: [] });
  expect(result.findings[0].detail).toContain("已被2021 年格式（国办公开办函〔2021〕30号）取代");
  expect(checkWorkbook(new FilledForm("gov-2019", 2).grid, { lang: "en-US" }).findings[0].detail).toMatch(
    /^this workbook uses 2019 年试行格式 .* superseded by 2021 年格式/,
  );
});

function dropRowLabels(form: FilledForm, labels: string[]): void {
  for (const row of form.grid.sheets[0].rows)
    row.forEach((v, c) => {
      if (typeof v === "string" && labels.includes(v)) row[c] = null;
    });
}

test("a partly found table names the missing rows and columns", () => {
  const form = new FilledForm("gov-2021", 2);
  dropRowLabels(form, ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "2.重复申请", "科研机构"]);
  const result = form.check();
  const missing = result.findings.filter((f) => f.kind === "missing-row");
  expect(missing.map((f) => f.detail)).toEqual([
    "表三 收到和处理政府信息公开申请情况中未找到行「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」，该行的数字无法检查",
    "表三 收到和处理政府信息公开申请情况中未找到行「2.重复申请」，该行的数字无法检查",
    "表三 收到和处理政府信息公开申请情况中未找到列「科研机构」，该列的数字无法检查",
  ]);
  expect(missing.map((f) => f.rowId ?? f.colId)).toEqual(["r3_2", "r3_5_2", "research"]);
  // Relations that need a missing cell are skipped, not reported as mismatches.
  expect(result.summary.errors).toBe(0);
});

test("a template table that is nowhere is named", () => {
  const form = new FilledForm("gov-2021", 2);
  const rows = form.grid.sheets[0].rows;
  const t4 = rows.findIndex((r) => r[0] === "四、政府信息公开行政复议、行政诉讼情况");
  form.grid.sheets[0].rows = rows.slice(0, t4);
  const result = form.check();
  expect(result.tables.map((t) => t.id)).toEqual(["t2021_2", "t2021_3"]);
  expect(result.findings.map((f) => f.detail)).toEqual([
    "未找到表四 政府信息公开行政复议、行政诉讼情况，请确认工作簿中包含该表且表内标签与标准格式一致",
  ]);
});

test("a workbook without any standard table", () => {
  const grid: WorkbookGrid = {
    sheets: [
      {
        name: "Sheet1",
        rows: [
          ["姓名", "年龄"],
          ["张三", 30],
        ],
        merges: [],
      },
      { name: "空表", rows: [], merges: [] },
    ],
  };
  const result = checkWorkbook(grid);
  expect(result).toMatchObject({
    template: null,
    templateName: null,
    tables: [],
    figures: {},
    summary: { errors: 1, warnings: 0, infos: 0 },
  });
  expect(result.findings[0].kind).toBe("template-not-found");
  expect(result.findings[0].detail).toBe(
    "没有在工作簿中找到标准统计表（已尝试：2021 年格式、2019 年试行格式、2019 年以前统计表）。请确认表格的行、列标签与标准格式一致，或插入标准空白表",
  );
  expect(checkWorkbook({ sheets: [] }, { lang: "en-US" }).findings[0].detail).toMatch(
    /^no standard statistics table was found/,
  );
});

test("findings come errors first, then in table and cell order", () => {
  const form = new FilledForm("gov-2021", 2);
  form
    .set("t2021_3", "r3_6_1.np", null)
    .set("t2021_4", "cases.fy_total", 1000)
    .set("t2021_2", "xzxk.decisions", -1);
  const kinds = form.check().findings.map((f) => `${f.severity}:${f.table}`);
  const ranks = kinds.map((k) => (k.startsWith("error") ? 0 : k.startsWith("warning") ? 1 : 2));
  expect([...ranks].sort()).toEqual(ranks);
  expect(kinds[0]).toBe("error:t2021_2");
});

test("a recheck after the clerk edits a label or a figure sees the edit", () => {
  const form = new FilledForm("gov-2021", 4);
  expect(form.check().summary.errors).toBe(0);
  dropRowLabels(form, ["2.重复申请"]);
  expect(form.check().findings.map((f) => f.rowId)).toEqual(["r3_5_2"]);
  const rows = form.grid.sheets[0].rows;
  const at = form.pos("t2021_3", "r3_5_2.np");
  rows[at.row][2] = "2、重复申请";
  form.set("t2021_3", "r3_5_2.np", form.value("t2021_3", "r3_5_2.np") + 1);
  expect(form.check().findings.map((f) => `${f.rule}:${f.rowId}.${f.colId}`)).toEqual([
    "t3_row_total:r3_5_2.total",
    "t3_result_total:r3_7_total.np",
  ]);
});

test("a blank official form is recognised and every data cell is reported as not filled in", () => {
  const template = builtinTemplates()[0];
  const form = new FilledForm(template.id, 0, emptyFigures(template));
  const result = form.check();
  expect(result.template).toBe("gov-2021");
  const cells = template.tables.reduce((n, t) => n + dataCells(t).length, 0);
  expect(result.findings.map((f) => f.kind)).toEqual(Array(cells).fill("empty-required"));
  expect(result.summary).toEqual({ errors: 0, warnings: cells, infos: 0 });
});

test("a missing column of 表四 is named with its header path", () => {
  const form = new FilledForm("gov-2021", 2);
  const rows = form.grid.sheets[0].rows;
  const at = form.pos("t2021_4", "cases.ss_after_jz");
  for (let r = at.row - 1; r >= at.row - 3; r--) if (rows[r][at.col] === "结果纠正") rows[r][at.col] = null;
  const [f] = form.check().findings.filter((x) => x.kind === "missing-row");
  expect(f.detail).toBe(
    "表四 政府信息公开行政复议、行政诉讼情况中未找到列「行政诉讼·复议后起诉·结果纠正」，该列的数字无法检查",
  );
});

test("checking leaves the workbook as it was", () => {
  const form = new FilledForm("pre-2019", 5).set("pre2019", "P3_1.value", "１２件");
  const before = JSON.parse(JSON.stringify(form.grid)) as unknown;
  form.check();
  form.check({ lang: "en-US", requiredSeverity: "error", prior: { pre2019: {} } });
  expect(form.grid).toEqual(before);
});
