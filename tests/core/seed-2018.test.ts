import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { readWorkbook } from "../../src/file/read-workbook";
import { seed, seedWorkbook } from "../fixtures/seed-2018/seed-workbook";

let result: CheckResult;
let english: CheckResult;

beforeAll(async () => {
  const { grid } = await readWorkbook(await seedWorkbook());
  result = checkWorkbook(grid);
  english = checkWorkbook(grid, { lang: "en-US" });
});

const rowOf = (id: string): number => seed.rows.findIndex((r) => r.id === id) + 3;

test("the seed is read as the pre-2019 统计表 with every row found", () => {
  expect(result.template).toBe("pre-2019");
  expect(result.tables).toEqual([
    {
      id: "pre2019",
      title: "2018年度政府信息公开工作情况统计表",
      sheet: "统计表",
      range: `A2:C${rowOf("P10_4")}`,
    },
  ]);
  expect(result.findings.filter((f) => f.kind === "missing-row")).toEqual([]);
  expect(result.figures.pre2019["P1_2.value"]).toBe(899);
});

test("其中 row P2_2_2a = 1 while its parent P2_2_2 is blank", () => {
  const f = result.findings.find((x) => x.kind === "subset-exceeds" && x.rowId === "P2_2_2a");
  expect(f).toMatchObject({ severity: "error", cell: `C${rowOf("P2_2_2a")}`, actual: 1, expected: 0 });
  expect(f?.detail).toBe(
    "其中：主要负责同志参加政府网站在线访谈次数为 1，大于其所属的「2.政府网站在线访谈次数」0：其中项不能超过总数",
  );
});

test("P2_2 = 4 ≠ 3: the 其中 row was added into （二）'s total", () => {
  const f = result.findings.find((x) => x.kind === "sum-mismatch" && x.rowId === "P2_2");
  expect(f).toMatchObject({
    rule: "pre_P2_2",
    severity: "error",
    cell: `C${rowOf("P2_2")}`,
    expected: 3,
    actual: 4,
    difference: 1,
  });
  expect(f?.detail).toContain("（二）通过不同渠道和方式回应解读的情况应为 3");
  expect(f?.detail).toContain("实为 4，相差 1");
  expect(f?.detail).toContain("差额恰为其中项「其中：主要负责同志参加政府网站在线访谈次数」的 1");
  const en = english.findings.find((x) => x.kind === "sum-mismatch" && x.rowId === "P2_2");
  expect(en?.detail).toMatch(
    /should be 3 .* but is 4, a difference of 1; the difference equals the 其中 row/,
  );
});

test("group rows carrying numbers are questioned, not counted as errors", () => {
  const groups = result.findings.filter((x) => x.rule === "pre_group_rows");
  expect(groups.map((g) => g.rowId).sort()).toEqual(["P1", "P2", "P3"]);
  expect(groups.every((g) => g.severity === "info" && g.kind === "implausible")).toBe(true);
  expect(groups.find((g) => g.rowId === "P2")?.detail).toBe(
    "二、回应解读情况是分组标题行，不应填写数字（实为 6），数字应填在其下各项中",
  );
});

test("no other errors than the seed's own mistakes", () => {
  const errors = result.findings.filter((f) => f.severity === "error").map((f) => `${f.kind}:${f.rowId}`);
  expect(errors.sort()).toEqual(["subset-exceeds:P2_2_2a", "sum-mismatch:P2_2"]);
});
