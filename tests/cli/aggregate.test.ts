import { promises as fs } from "fs";
import path from "path";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check";
import { type Figures } from "../../src/core/rules/context";
import { filled, gridOfBytes, tempDir, workbookBytes } from "../file/export-fixtures";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

function expectedSum(all: Figures[]): Figures {
  const sum: Figures = {};
  for (const f of all)
    for (const [t, cells] of Object.entries(f))
      for (const [k, v] of Object.entries(cells)) {
        const prev = (sum[t] ??= {})[k] ?? null;
        sum[t][k] = v === null ? prev : Math.round(((prev ?? 0) + v) * 1e6) / 1e6;
      }
  return sum;
}

test("汇总 of five consistent departments is consistent and equals the cell-by-cell sum", async () => {
  const dir = await tempDir("nianbao-agg-");
  const all: Figures[] = [];
  for (let i = 1; i <= 5; i++) {
    const figures = filled("gov-2021", 100 + i);
    all.push(figures);
    await fs.writeFile(path.join(dir, `部门${i}.xlsx`), await workbookBytes("gov-2021", figures));
  }
  await fs.writeFile(path.join(dir, "坏文件.xlsx"), "broken");
  const out = path.join(dir, "out", "汇总.xlsx");
  const c = capture();
  expect(await main(["aggregate", dir, "-o", out, "--unit", "某市"], c.io)).toBe(0);
  const text = c.out.join("\n");
  expect(text).toContain("已汇总 5 个单位");
  expect(text).toContain("计入的单位：部门1、部门2、部门3、部门4、部门5");
  expect(text).toMatch(/未计入的单位（1 个）：\n\s+✗ 坏文件（坏文件\.xlsx）：.*不是 \.xlsx 工作簿/);

  const total = checkWorkbook(await gridOfBytes(await fs.readFile(out)));
  expect(total.template).toBe("gov-2021");
  expect(total.summary.errors).toBe(0);
  expect(total.figures).toEqual(expectedSum(all));
  expect(total.figures.t2021_3["r1_new.total"]).toBe(
    all.reduce((s, f) => s + (f.t2021_3["r1_new.total"] ?? 0), 0),
  );
});

test("a workbook on another template is refused, naming which files are on which template", async () => {
  const dir = await tempDir("nianbao-agg-");
  await fs.writeFile(path.join(dir, "甲局.xlsx"), await workbookBytes("gov-2021", filled("gov-2021", 1)));
  await fs.writeFile(path.join(dir, "乙局.xlsx"), await workbookBytes("gov-2019", filled("gov-2019", 2)));
  const c = capture();
  expect(await main(["aggregate", dir, "-o", path.join(dir, "汇总.xlsx")], c.io)).toBe(1);
  const err = c.err.join("\n");
  expect(err).toMatch(/不能汇总：.*不同格式/);
  expect(err).toMatch(/2021 年格式：甲局\.xlsx/);
  expect(err).toMatch(/2019 年试行格式：乙局\.xlsx/);
  await expect(fs.stat(path.join(dir, "汇总.xlsx"))).rejects.toThrow();
});

test("a folder's subfolders and hidden files are not summed", async () => {
  const dir = await tempDir("nianbao-agg-");
  const figures = filled("gov-2021", 7);
  await fs.writeFile(path.join(dir, "甲局.xlsx"), await workbookBytes("gov-2021", figures));
  await fs.writeFile(path.join(dir, "._甲局.xlsx"), "AppleDouble");
  await fs.mkdir(path.join(dir, "上年"));
  await fs.writeFile(path.join(dir, "上年", "乙局.xlsx"), await workbookBytes("gov-2021", figures));
  const c = capture();
  expect(await main(["aggregate", dir, "-o", path.join(dir, "out", "汇总.xlsx")], c.io)).toBe(0);
  expect(c.out.join("\n")).toContain("已汇总 1 个单位");
  expect(c.out.join("\n")).not.toContain("未计入");
});
