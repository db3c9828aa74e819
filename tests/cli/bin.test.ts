import { execFile } from "child_process";
import { promises as fs } from "fs";
import path from "path";
import { promisify } from "util";
import { goodWorkbook, writeFile } from "../file/bad-files";
import { tempDir } from "../file/outline-fixtures";
import { builtCli } from "./built-cli";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");

async function nianbao(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, "bin", "nianbao.js"), ...argv]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  // bin/nianbao.js runs build/cli: compiled from the sources under test, not whatever was compiled last.
  builtCli();
  dir = await tempDir("nianbao-bin-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("bin/nianbao.js", () => {
  it("checks a good and an unreadable file as a real process, with exit code 2", async () => {
    const good = await writeFile(dir, "good.xlsx", await goodWorkbook());
    const broken = await writeFile(dir, "broken.xlsx", Buffer.from("这不是工作簿"));
    const r = await nianbao("check", good, broken, "--format", "json");
    expect(r.code).toBe(2);
    const entries = JSON.parse(r.stdout) as Array<{ file: string; template: string | null; error?: string }>;
    expect(entries).toEqual([
      expect.objectContaining({ file: good, template: "gov-2021" }),
      expect.objectContaining({ file: broken, template: null, error: expect.stringContaining("纯文本") }),
    ]);
    expect(r.stderr).toBe("");
  });

  it("exits 0 on a consistent workbook", async () => {
    const good = await writeFile(dir, "ok.xlsx", await goodWorkbook());
    const r = await nianbao("check", good);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("未发现问题");
  });
});
