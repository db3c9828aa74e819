import { checkWorkbook, type CheckResult } from "../../../src/core/check";
import { consistentFigures } from "../../../src/core/sample/consistent-figures";
import { templateById } from "../../../src/core/templates";
import { type Figures } from "../../../src/core/rules/context";
import { oneColumnPiece, officialPiece, type Piece, twoColumnPiece, xlsxOf } from "./xlsx";

const gov2021 = templateById("gov-2021")!;
const pre2019 = templateById("pre-2019")!;
const figures: Figures = consistentFigures(gov2021, 77);
const table = (id: string) => gov2021.tables.find((t) => t.id === id)!;

const titleRows: Piece = {
  rows: [
    ["某某县人民政府办公室2025年政府信息公开工作年度报告附表"],
    ["填报单位：县政府办公室", null, null, "单位：件"],
    [],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 5 }],
};

function clean(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.kind}:${f.rowId ?? ""}.${f.colId ?? ""}`);
}

/** Same figures read back as the checker saw them, and no finding at all. */
function expectPerfect(result: CheckResult, templateId = "gov-2021", expected: Figures = figures): void {
  expect(result.template).toBe(templateId);
  expect(clean(result)).toEqual([]);
  expect(result.figures).toEqual(expected);
}

test("the official layout under title and note rows, shifted to D7", async () => {
  const grid = await xlsxOf([
    {
      name: "附表",
      pieces: [{ piece: titleRows }, { piece: officialPiece(gov2021, figures), row: 6, col: 3 }],
    },
  ]);
  const result = checkWorkbook(grid);
  expectPerfect(result);
  expect(result.tables[0]).toMatchObject({ id: "t2021_2", sheet: "附表" });
  expect(result.tables[0].range.startsWith("D")).toBe(true);
  // 表三 data cells: 新收 (自然人) is right of the three merged label columns.
  const cell = result.binding!.tables[1].cells.get("r1_new.np")!;
  expect(cell.address).toBe(`G${cell.row + 1}`);
});

test("表三 with its labels in one column, indented with full-width spaces", async () => {
  const t3 = table("t2021_3");
  const grid = await xlsxOf([
    { name: "表三", pieces: [{ piece: oneColumnPiece(t3, figures), row: 2, col: 1 }] },
  ]);
  const result = checkWorkbook(grid);
  expect(result.tables.map((t) => t.id)).toEqual(["t2021_3"]);
  expect(result.findings.filter((f) => f.kind !== "missing-row")).toEqual([]);
  expect(result.findings.map((f) => f.params.table)).toEqual([
    "表二 主动公开政府信息情况",
    "表四 政府信息公开行政复议、行政诉讼情况",
  ]);
  expect(result.figures.t2021_3).toEqual(figures.t2021_3);
});

const messy: Array<[string, (s: string) => string]> = [
  ["extra spaces and full-width spaces", (s) => s.split("").join(s.length > 4 ? " " : "　")],
  ["line breaks inside labels", (s) => (s.length > 8 ? `${s.slice(0, 5)}\n${s.slice(5)}` : s)],
  ["half-width brackets", (s) => s.replace(/（/g, "(").replace(/）/g, ")")],
  ["1、 for 1.", (s) => s.replace(/^(\d)\./, "$1、")],
  ["1． for 1.", (s) => s.replace(/^(\d)\./, "$1．")],
  ["一. for 一、", (s) => s.replace(/^([一二三四])、/, "$1.")],
  ["trailing colon and leading space", (s) => ` ${s}：`],
  ["（1） for 1.", (s) => s.replace(/^(\d)\./, "（$1）")],
  ["1) for 1.", (s) => s.replace(/^(\d)\./, "$1)")],
  ["no enumerators on the items", (s) => s.replace(/^\d\./, "")],
  ["「」 for “”", (s) => s.replace(/“/g, "「").replace(/”/g, "」")],
  ["no quotes or book-title marks", (s) => s.replace(/[“”《》]/g, "")],
];

test.each(messy)("labels typed with %s are still found", async (_name, label) => {
  const grid = await xlsxOf([
    { name: "Sheet1", pieces: [{ piece: officialPiece(gov2021, figures, label) }] },
  ]);
  expectPerfect(checkWorkbook(grid));
});

test.each(messy)("one-column pre-2019 labels typed with %s are still found", async (_name, label) => {
  const pre = consistentFigures(pre2019, 5);
  const grid = await xlsxOf([
    {
      name: "统计表",
      pieces: [{ piece: titleRows }, { piece: oneColumnPiece(pre2019.tables[0], pre, label), row: 3 }],
    },
  ]);
  expectPerfect(checkWorkbook(grid), "pre-2019", pre);
});

test("the older wording 规范性文件 for 行政规范性文件", async () => {
  const grid = await xlsxOf([
    {
      name: "Sheet1",
      pieces: [
        { piece: officialPiece(gov2021, figures, (s) => (s === "行政规范性文件" ? "规范性文件" : s)) },
      ],
    },
  ]);
  expectPerfect(checkWorkbook(grid));
});

test("the three 2021 tables on three sheets, in any order", async () => {
  const sheets = ["t2021_4", "t2021_2", "t2021_3"].map((id) => ({
    name: table(id).title.slice(0, 2),
    pieces: [{ piece: oneColumnPiece(table(id), figures), row: 1 }],
  }));
  const result = checkWorkbook(await xlsxOf(sheets));
  expectPerfect(result);
  expect(result.tables.map((t) => `${t.id}@${t.sheet}`)).toEqual([
    "t2021_2@表二",
    "t2021_3@表三",
    "t2021_4@表四",
  ]);
});

test("the three 2021 tables one under another on one sheet, in the one-column layout", async () => {
  const pieces = ["t2021_2", "t2021_3", "t2021_4"].map((id) => oneColumnPiece(table(id), figures));
  let row = 0;
  const placed = pieces.map((piece) => {
    const p = { piece, row };
    row += piece.rows.length + 2;
    return p;
  });
  expectPerfect(checkWorkbook(await xlsxOf([{ name: "统计表", pieces: placed }])));
});

test("a partly found table names what is missing and checks the rest", async () => {
  const drop = new Set(["（一）予以公开", "3.其他", "社会公益组织"]);
  const piece = officialPiece(gov2021, figures, (s) => (drop.has(s) ? "（备注）" : s));
  const result = checkWorkbook(await xlsxOf([{ name: "Sheet1", pieces: [{ piece }] }]));
  expect(clean(result)).toEqual(["missing-row:r3_1.", "missing-row:r3_6_3.", "missing-row:.ngo"]);
  expect(result.findings.map((f) => f.detail)).toEqual([
    "表三 收到和处理政府信息公开申请情况中未找到行「（一）予以公开」，该行的数字无法检查",
    "表三 收到和处理政府信息公开申请情况中未找到行「3.其他」，该行的数字无法检查",
    "表三 收到和处理政府信息公开申请情况中未找到列「社会公益组织」，该列的数字无法检查",
  ]);
  expect(result.figures.t2021_3["r3_2.np"]).toBe(figures.t2021_3["r3_2.np"]);
});

test("a workbook with no statistics table at all", async () => {
  const grid = await xlsxOf([
    {
      name: "正文",
      pieces: [
        {
          piece: {
            rows: [["一、总体情况"], ["2025年，本机关……"], [], ["二、主动公开政府信息情况"]],
            merges: [],
          },
        },
      ],
    },
  ]);
  const result = checkWorkbook(grid);
  expect(result.template).toBeNull();
  expect(clean(result)).toEqual(["template-not-found:."]);
});

test("表三 with two merged label columns", async () => {
  const grid = await xlsxOf([
    { name: "表三", pieces: [{ piece: twoColumnPiece(table("t2021_3"), figures), row: 4, col: 2 }] },
  ]);
  const result = checkWorkbook(grid);
  expect(result.findings.filter((f) => f.table === "t2021_3")).toEqual([]);
  expect(result.figures.t2021_3).toEqual(figures.t2021_3);
});

test("blank and remark rows inserted between the rows of a table", async () => {
  const piece = oneColumnPiece(table("t2021_3"), figures);
  const rows = piece.rows.flatMap((r, i) => (i > 0 && i % 5 === 0 ? [r, [], ["（注：含网上申请）"]] : [r]));
  const result = checkWorkbook(await xlsxOf([{ name: "表三", pieces: [{ piece: { rows, merges: [] } }] }]));
  expect(result.findings.filter((f) => f.table === "t2021_3")).toEqual([]);
  expect(result.figures.t2021_3).toEqual(figures.t2021_3);
});

test("表四 with an empty row left between its headers and its figures", async () => {
  const piece = oneColumnPiece(table("t2021_4"), figures);
  const rows = [...piece.rows.slice(0, -1), [], piece.rows[piece.rows.length - 1]];
  const result = checkWorkbook(await xlsxOf([{ name: "表四", pieces: [{ piece: { rows, merges: [] } }] }]));
  expect(result.figures.t2021_4).toEqual(figures.t2021_4);
  expect(result.findings.filter((f) => f.table === "t2021_4")).toEqual([]);
  // A blank form is still read at the row right under the headers.
  const blank = oneColumnPiece(table("t2021_4"), {});
  const empty = checkWorkbook(await xlsxOf([{ name: "表四", pieces: [{ piece: blank }] }]));
  expect(empty.binding?.tables[0].cells.get("cases.fy_wc")?.row).toBe(blank.rows.length - 1);
});

test("tables side by side on one sheet, with the report's text above them", async () => {
  const text: Piece = {
    rows: [
      ["三、收到和处理政府信息公开申请情况"],
      ["本年度共收到申请 639 件，其中自然人申请 210 件。"],
      ["行政许可"],
    ],
    merges: [],
  };
  const t2 = oneColumnPiece(table("t2021_2"), figures);
  const grid = await xlsxOf([
    {
      name: "报告",
      pieces: [
        { piece: text },
        { piece: t2, row: 4 },
        { piece: oneColumnPiece(table("t2021_4"), figures), row: 4 + t2.rows.length + 1 },
        { piece: twoColumnPiece(table("t2021_3"), figures), row: 4, col: 17 },
      ],
    },
  ]);
  const result = checkWorkbook(grid);
  expect(result.figures).toEqual(figures);
  expect(clean(result)).toEqual([]);
});
