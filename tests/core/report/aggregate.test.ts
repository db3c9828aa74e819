import { checkWorkbook } from "../../../src/core/check";
import { aggregate, type AggregateInput, sumFigures } from "../../../src/core/report";
import { filled, workbook } from "../outline/fixtures";

function input(unit: string, templateId: string, figures = filled(templateId)): AggregateInput {
  return { unit, file: `${unit}.xlsx`, result: checkWorkbook(workbook(templateId, figures)) };
}

test("sums cell by cell; a cell stays blank only when every unit left it blank", () => {
  const sum = sumFigures([
    { t: { "a.x": 1, "b.x": null, "c.x": null } },
    { t: { "a.x": 2.5, "b.x": 3, "c.x": null } },
  ]);
  expect(sum).toEqual({ t: { "a.x": 3.5, "b.x": 3, "c.x": null } });
  expect(sumFigures([{ t: { "a.x": 0.1 } }, { t: { "a.x": 0.2 } }]).t["a.x"]).toBe(0.3);
});

test("refuses to mix templates and names the files on each", () => {
  const out = aggregate([input("甲局", "gov-2021"), input("乙局", "gov-2019"), input("丙局", "gov-2021")]);
  expect(out.ok).toBe(false);
  if (out.ok) return;
  expect(out.reason).toContain("不同格式");
  expect(out.reason).toMatch(/2021 年格式：甲局\.xlsx、丙局\.xlsx/);
  expect(out.reason).toMatch(/2019 年试行格式：乙局\.xlsx/);
});

test("units with errors or unreadable files are left out, with the reason", () => {
  const broken = filled("gov-2021");
  broken.t2021_3["r1_new.total"] = 9;
  const out = aggregate([
    input("甲局", "gov-2021"),
    input("乙局", "gov-2021", broken),
    { unit: "丙局", file: "丙局.xlsx", readError: "文件已损坏，无法打开" },
  ]);
  expect(out.ok).toBe(true);
  if (!out.ok) return;
  expect(out.contributors.map((c) => c.unit)).toEqual(["甲局"]);
  expect(out.excluded).toEqual([
    expect.objectContaining({ unit: "乙局", reason: expect.stringContaining("错误未改正") }),
    { unit: "丙局", file: "丙局.xlsx", reason: "文件已损坏，无法打开" },
  ]);
  expect(out.total.summary.errors).toBe(0);
});
