import { promises as fs } from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/check";
import { justify, type Justification } from "../../src/core/report";
import { filled, gridOfBytes, tempDir, workbookBytes } from "../file/export-fixtures";

/** A receiving office's folder: clean, wrong, unexplained, explained, not a workbook, and no standard table. */
export async function officeFolder(): Promise<{ dir: string; files: string[] }> {
  const dir = await tempDir("nianbao-batch-");
  const write = async (name: string, data: Buffer | string): Promise<string> => {
    const file = path.join(dir, name);
    await fs.writeFile(file, data);
    return file;
  };
  const wrong = filled("gov-2021", 2);
  wrong.t2021_3["r1_new.total"] = (wrong.t2021_3["r1_new.total"] ?? 0) + 1;
  const old = filled("gov-2019", 3);
  const oldGrid = await gridOfBytes(await workbookBytes("gov-2019", old));
  const warning = checkWorkbook(oldGrid).findings.find((f) => f.severity === "warning")!;
  const notes: Justification[] = justify(
    [],
    warning,
    "上级要求本年度仍按 2019 年格式报送",
    "2026-01-15T08:00:00Z",
  );
  const ExcelJS = (await import("exceljs")).default;
  const other = new ExcelJS.Workbook();
  other.addWorksheet("工资表").addRow(["姓名", "工资"]);
  const files = [
    await write("甲局2025年报.xlsx", await workbookBytes("gov-2021", filled("gov-2021", 1))),
    await write("乙局2025年报.xlsx", await workbookBytes("gov-2021", wrong)),
    await write("丙局.xlsx", await workbookBytes("gov-2019", old)),
    await write("丁局.xlsx", await workbookBytes("gov-2019", old, notes)),
    await write("=HYPERLINK(1).xlsx", "这不是工作簿"),
    await write("<戊局>&.xlsx", Buffer.from(await other.xlsx.writeBuffer())),
  ];
  return { dir, files };
}
