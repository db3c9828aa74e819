import { promises as fs } from "fs";
import path from "path";
import { type Figures } from "../../src/core/rules/context";
import { consistentFigures } from "../../src/core/sample/consistent-figures";
import { templateById } from "../../src/core/templates";
import { BAD_FILES, goodWorkbook, HUGE_SPARSE, writeFile } from "../file/bad-files";
import { tempDir } from "../file/outline-fixtures";
import { cli } from "./run-cli";

interface JsonEntry {
  file: string;
  template: string | null;
  error?: string;
  tables: Array<{ id: string; sheet: string; range: string }>;
  findings: Array<
    Record<string, unknown> & { kind: string; severity: string; cell?: string; message: string }
  >;
  summary: { errors: number; warnings: number; infos: number };
}

const gov2021 = templateById("gov-2021")!;
/** This year's figures with 本年新收（自然人）7 too high: its total and its balance no longer hold. */
function withError(): Figures {
  const figures = consistentFigures(gov2021, 3);
  const t3 = figures.t2021_3;
  const key = Object.keys(t3).find((k) => k.startsWith("r1_new.") && !k.endsWith(".total") && t3[k]! > 0)!;
  t3[key] = t3[key]! + 7;
  return figures;
}

let dir: string;
let good: string;
let bad: string;
beforeAll(async () => {
  dir = await tempDir("nianbao-check-");
  good = await writeFile(dir, "good.xlsx", await goodWorkbook());
  bad = await writeFile(dir, "bad.xlsx", await goodWorkbook(withError()));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("nianbao check", () => {
  it("passes a consistent workbook with exit code 0 and says where the tables are", async () => {
    const r = await cli("check", good);
    expect(r.code).toBe(0);
    expect(r.out).toContain("【" + good + "】");
    expect(r.out).toMatch(/已识别：2021 年格式；表二 主动公开政府信息情况 位于 统计表!A\d+:[A-Z]+\d+；表三/);
    expect(r.out).toContain("未发现问题");
  });

  it("lists errors with their cells and a summary, exit code 1", async () => {
    const r = await cli("check", bad);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ {2}错误 {2}统计表![A-Z]+\d+ +.*相差 7/);
    expect(r.out).toMatch(/小结：2 个错误，0 个警告，0 条提示/);
    expect(r.out).not.toMatch(/SUM\(|=\s*[A-Z]+\d+\+/);
  });

  it("speaks English with --lang en", async () => {
    const r = await cli("check", bad, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Recognised: 2021 national format; .* at 统计表!A\d+/);
    expect(r.out).toMatch(/error +统计表![A-Z]+\d+ .*a difference of 7/);
    expect(r.out).toContain("Summary: 2 errors, 0 warnings, 0 notes");
  });

  it("gives the agreed JSON fields", async () => {
    const r = await cli("check", bad, "--format", "json");
    expect(r.code).toBe(1);
    const entry = JSON.parse(r.out) as JsonEntry;
    expect(entry).toMatchObject({
      file: bad,
      template: "gov-2021",
      summary: { errors: 2, warnings: 0, infos: 0 },
    });
    expect(entry.tables.map((t) => t.id)).toEqual(["t2021_2", "t2021_3", "t2021_4"]);
    expect(entry.tables[1]).toEqual(
      expect.objectContaining({ sheet: "统计表", range: expect.stringMatching(/^A\d+:J\d+$/) }),
    );
    for (const f of entry.findings) {
      for (const field of [
        "kind",
        "rule",
        "severity",
        "sheet",
        "cell",
        "cells",
        "expected",
        "actual",
        "message",
      ])
        expect(f).toHaveProperty(field);
      expect(f.severity).toBe("error");
    }
    expect(entry.findings.map((f) => f.kind).sort()).toEqual(["balance-mismatch", "sum-mismatch"]);
  });

  it("checks a folder, skips Office lock files, goes on after a bad file and exits 2", async () => {
    const folder = path.join(dir, "batch");
    await fs.mkdir(path.join(folder, "下级"), { recursive: true });
    await fs.copyFile(good, path.join(folder, "甲.xlsx"));
    await fs.copyFile(bad, path.join(folder, "下级", "乙.xlsx"));
    await fs.writeFile(path.join(folder, "~$甲.xlsx"), "lock");
    await fs.writeFile(path.join(folder, "说明.txt"), "not a workbook");
    await writeFile(folder, "丙.xlsx", Buffer.from("单位,数量\n", "utf8"));
    const r = await cli("check", folder, "--format", "json");
    expect(r.code).toBe(2);
    const entries = JSON.parse(r.out) as JsonEntry[];
    expect(entries.map((e) => path.relative(folder, e.file)).sort()).toEqual(
      [path.join("下级", "乙.xlsx"), "丙.xlsx", "甲.xlsx"].sort(),
    );
    const byName = new Map(entries.map((e) => [path.basename(e.file), e]));
    expect(byName.get("丙.xlsx")).toMatchObject({ template: null, error: expect.stringMatching(/纯文本/) });
    expect(byName.get("乙.xlsx")?.summary.errors).toBe(2);
    expect(byName.get("甲.xlsx")?.summary.errors).toBe(0);
  });

  it("says when a folder holds no .xlsx, counting old .xls files", async () => {
    const folder = path.join(dir, "旧文件");
    await fs.mkdir(folder);
    await fs.writeFile(path.join(folder, "甲.xls"), "old");
    const r = await cli("check", folder);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/文件夹「.*旧文件」中没有 \.xlsx 文件（有 1 个旧版 \.xls\/\.et 文件/);
  });

  it("gives a JSON array for several files and one object for one", async () => {
    const several = JSON.parse((await cli("check", good, bad, "--format", "json")).out) as JsonEntry[];
    expect(several).toHaveLength(2);
    const one = JSON.parse((await cli("check", good, "--format", "json")).out) as JsonEntry;
    expect(one.file).toBe(good);
  });

  it.each(BAD_FILES.map((b) => [b.name, b]))(
    "explains %s, exits 2 and still checks the good file",
    async (name, b) => {
      const file = await writeFile(dir, name, await b.bytes());
      const alone = await cli("check", file);
      expect(alone.code).toBe(2);
      expect(alone.out).toMatch(b.says);
      expect(alone.out).not.toMatch(/\n\s+at /);
      const batch = await cli("check", file, bad, "--format", "json");
      expect(batch.code).toBe(2);
      const [broken, checked] = JSON.parse(batch.out) as JsonEntry[];
      expect(broken).toMatchObject({ file, template: null, error: expect.stringMatching(b.says) });
      expect(checked).toMatchObject({ file: bad, template: "gov-2021", summary: { errors: 2 } });
    },
  );

  it("checks a sheet with a stray cell at row 1,000,000", async () => {
    const file = await writeFile(dir, HUGE_SPARSE.name, await HUGE_SPARSE.bytes());
    const r = await cli("check", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("已识别：2021 年格式");
  });

  it("exits 2 for a workbook without a standard table and for a missing file", async () => {
    const other = await writeFile(dir, "其他.xlsx", await goodWorkbook());
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("预算").getCell("A1").value = "部门预算表";
    await wb.xlsx.writeFile(other);
    const r = await cli("check", other);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/未识别：/);
    const missing = await cli("check", path.join(dir, "不存在.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/找不到文件/);
  });

  it("makes blank cells errors with --required error", async () => {
    const template = templateById("gov-2021")!;
    const figures = consistentFigures(template, 3);
    // A zero left blank: the sums still hold, only the blank is reported.
    const key = Object.keys(figures.t2021_4).find((k) => figures.t2021_4[k] === 0)!;
    figures.t2021_4[key] = null;
    const file = await writeFile(dir, "blank.xlsx", await goodWorkbook(figures));
    expect((await cli("check", file)).code).toBe(0);
    const strict = await cli("check", file, "--required", "error");
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/错误 {2}统计表![A-Z]+\d+ +.*未填写/);
  });

  it("rejects bad options with a usage message", async () => {
    for (const argv of [
      ["check"],
      ["check", good, "--format", "xml"],
      ["check", good, "--lang", "fr"],
      ["check", good, "--required", "maybe"],
    ]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/用法：nianbao check/);
    }
  });
});

describe("nianbao check --prior", () => {
  const lastYear = consistentFigures(gov2021, 11);

  it("finds carry-over mismatches against last year's workbook", async () => {
    const prior = await writeFile(dir, "上年.xlsx", await goodWorkbook(lastYear));
    expect((await cli("check", good, "--format", "json")).out).not.toContain("prior-year-mismatch");
    const r = await cli("check", good, "--prior", prior, "--format", "json");
    const entry = JSON.parse(r.out) as JsonEntry;
    expect(entry.findings.some((f) => f.kind === "prior-year-mismatch")).toBe(true);
  });

  it("finds carry-over mismatches against an export .json", async () => {
    const prior = path.join(dir, "上年.json");
    await fs.writeFile(prior, JSON.stringify({ format: "nianbao-export", figures: lastYear }));
    const entry = JSON.parse(
      (await cli("check", good, "--prior", prior, "--format", "json")).out,
    ) as JsonEntry;
    const carry = entry.findings.find((f) => f.kind === "prior-year-mismatch" && f.rule === "t3_cross_year");
    expect(carry).toBeDefined();
  });

  it.each([
    ["坏.json", "{ figures: ", /不是有效的 JSON/],
    ["无数字.json", JSON.stringify({ unit: "某局" }), /缺少 figures 对象/],
    [
      "文字.json",
      JSON.stringify({ figures: { t2021_3: { "r1_new.np": "五" } } }),
      /figures › t2021_3 › r1_new\.np 应为数字或 null/,
    ],
  ])("explains a prior file %s that is not an export and exits 2", async (name, content, says) => {
    const prior = path.join(dir, name);
    await fs.writeFile(prior, content);
    const r = await cli("check", good, "--prior", prior);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(says);
    expect(r.err).toContain(name);
  });

  it("explains a prior workbook that cannot be read", async () => {
    const r = await cli("check", good, "--prior", path.join(dir, "无.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/上年数据：找不到文件/);
  });
});
