import path from "path";
import { toRow } from "../../src/cli/batch/check-one";
import { batchCsv } from "../../src/cli/batch/format-csv";
import { runBatch } from "../../src/cli/batch/pool";
import { summaryText } from "../../src/cli/batch/summary-table";
import { officeFolder } from "./batch-fixtures";
import { builtCli } from "./built-cli";

let folder: { dir: string; files: string[] };
beforeAll(async () => {
  folder = await officeFolder();
});

test("one unreadable file never stops the batch: every unit gets a line with its status", async () => {
  const { reports } = await runBatch(folder.files, { jobs: 1 });
  const rows = reports.map((r) => toRow(r));
  expect(rows.map((r) => [r.unit, r.status, r.errors > 0])).toEqual([
    ["甲局", "ready", false],
    ["乙局", "errors", true],
    ["丙局", "unexplained", false],
    ["丁局", "ready", false],
    ["=HYPERLINK", "unreadable", false],
    ["<戊局>&", "no-table", false],
  ]);
  expect(rows[3]).toMatchObject({ warnings: 1, justified: 1, templateName: "2019 年试行格式" });
  expect(rows[4].problem).toMatch(/不是 \.xlsx 工作簿/);
  const text = summaryText(rows);
  expect(text.split("\n")[0]).toMatch(/^单位\s+文件\s+格式\s+错误\s+警告\s+已说明\s+状态\s+问题$/);
  expect(text).toContain("共 6 个工作簿：可报送 2，有错误 1，警告待说明 1，无法检查 2");
});

test("the CSV summary neutralises formula-like text", async () => {
  const { reports } = await runBatch(folder.files, { jobs: 1 });
  const csv = batchCsv(reports.map((r) => toRow(r)));
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("\ufeff单位,文件,格式,错误,警告,已说明,状态,问题");
  const bad = lines.find((l) => l.includes("HYPERLINK"))!;
  expect(bad.startsWith(`"'=HYPERLINK"`)).toBe(true);
  expect(bad).toContain(`"'=HYPERLINK(1).xlsx"`);
  expect(lines.every((l) => !/(^|,)[=+@]/.test(l))).toBe(true);
});

// The worker threads run compiled code: the CLI compiled from the sources under test.
test("the compiled batch shares the files between this thread and a worker thread and keeps their order", async () => {
  const built = path.join(builtCli(), "batch", "pool.js");
  const pool = (await import(built)) as typeof import("../../src/cli/batch/pool");
  const run = await pool.runBatch(folder.files, { jobs: 2 });
  expect(run.workers).toBe(1);
  // The worker is handed its first files as it starts.
  expect(run.inWorkers).toBeGreaterThanOrEqual(2);
  expect(run.reports.map((r) => r.unit)).toEqual(["甲局", "乙局", "丙局", "丁局", "=HYPERLINK", "<戊局>&"]);
  expect(run.reports[4].error).toMatch(/不是 \.xlsx 工作簿/);
  expect(run.reports[1].result?.summary.errors).toBeGreaterThan(0);
});
