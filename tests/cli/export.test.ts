import { promises as fs } from "fs";
import path from "path";
import { main } from "../../src/cli/main";
import { type ExportDocument } from "../../src/core/report";
import { filled, tempDir, workbookBytes } from "../file/export-fixtures";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

test("nianbao export writes the .xlsx, the .json and the summary, and the .json feeds check --prior", async () => {
  const dir = await tempDir("nianbao-export-");
  const file = path.join(dir, "甲局2025年报.xlsx");
  const figures = filled("gov-2021", 21);
  await fs.writeFile(file, await workbookBytes("gov-2021", figures));
  const c = capture();
  expect(await main(["export", file, "-o", path.join(dir, "out"), "--unit", "甲市甲局"], c.io)).toBe(0);
  const names = (await fs.readdir(path.join(dir, "out"))).sort();
  expect(names).toEqual([
    "甲市甲局2025政府信息公开工作年度报告统计表.json",
    "甲市甲局2025政府信息公开工作年度报告统计表.xlsx",
    "甲市甲局2025政府信息公开工作年度报告统计表_校验说明.html",
  ]);
  const doc = JSON.parse(await fs.readFile(path.join(dir, "out", names[0]), "utf8")) as ExportDocument;
  expect(doc).toMatchObject({ unit: "甲市甲局", year: 2025, template: "gov-2021", summary: { errors: 0 } });
  expect(doc.figures.t2021_3["r1_new.total"]).toBe(figures.t2021_3["r1_new.total"]);
  expect(c.out.join("\n")).toContain("已导出「甲市甲局」");

  const next = capture();
  expect(
    await main(
      ["export", file, "-o", path.join(dir, "out2"), "--prior", path.join(dir, "out", names[0])],
      next.io,
    ),
  ).toBe(1);
  expect(next.err.join("\n")).toMatch(/警告没有填写说明[\s\S]*按上年报告应为/);

  const checked = capture();
  await main(["check", file, "--prior", path.join(dir, "out", names[0])], checked.io);
  expect(checked.out.join("\n")).toContain("按上年报告应为");
});

test("nianbao export refuses a workbook with errors and names the cells; a bad file gets a clear message", async () => {
  const dir = await tempDir("nianbao-export-");
  const figures = filled("gov-2021", 22);
  figures.t2021_2["xzxk.decisions"] = -4;
  const file = path.join(dir, "乙局.xlsx");
  await fs.writeFile(file, await workbookBytes("gov-2021", figures));
  const c = capture();
  expect(await main(["export", file, "-o", path.join(dir, "out")], c.io)).toBe(1);
  expect(c.err.join("\n")).toMatch(/暂不能导出[\s\S]*错误未改正[\s\S]*负数/);
  await expect(fs.readdir(path.join(dir, "out"))).rejects.toThrow();

  const bad = path.join(dir, "坏.xlsx");
  await fs.writeFile(bad, "not a zip");
  const b = capture();
  expect(await main(["export", bad, "-o", dir], b.io)).toBe(2);
  expect(b.err.join("\n")).toMatch(/不是 \.xlsx 工作簿/);
});

test("export --prior reads last year's .json as check --prior does, saying what is wrong with it", async () => {
  const dir = await tempDir("nianbao-export-");
  const file = path.join(dir, "丙局.xlsx");
  await fs.writeFile(file, await workbookBytes("gov-2021", filled("gov-2021", 23)));
  const prior = path.join(dir, "上年.json");
  await fs.writeFile(prior, JSON.stringify({ figures: { t2021_3: { "r1_new.total": "十" } } }));
  const c = capture();
  expect(await main(["export", file, "-o", path.join(dir, "out"), "--prior", prior], c.io)).toBe(2);
  expect(c.err.join("\n")).toMatch(
    /上年数据文件「.*上年\.json」不是 nianbao export 导出的格式：.*应为数字或 null/,
  );
  await expect(fs.readdir(path.join(dir, "out"))).rejects.toThrow();
});
