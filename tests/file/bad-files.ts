import ExcelJS from "exceljs";
import { Document, Packer, Paragraph } from "docx";
import { promises as fs } from "fs";
import path from "path";
import { officialLayout } from "../../src/core/layout/official-layout";
import { type Figures } from "../../src/core/rules/context";
import { consistentFigures } from "../../src/core/sample/consistent-figures";
import { templateById } from "../../src/core/templates";
import { layoutToWorkbook } from "../../src/file/write-workbook";

/** A filled gov-2021 统计表 as .xlsx bytes; consistent unless `figures` says otherwise. */
export async function goodWorkbook(figures?: Figures): Promise<Buffer> {
  const template = templateById("gov-2021")!;
  const layout = officialLayout(template, { figures: figures ?? consistentFigures(template, 3) });
  return Buffer.from(await layoutToWorkbook(layout).xlsx.writeBuffer());
}

function cfb(withEncryption: boolean): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  // Directory entries name their streams in UTF-16LE, as Office's encrypted packages do.
  Buffer.from(withEncryption ? "EncryptionInfo" : "Workbook", "utf16le").copy(bytes, 1024);
  Buffer.from("EncryptedPackage", "utf16le").copy(bytes, 1152);
  return bytes;
}

async function emptyWorkbook(withSheet: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (withSheet) wb.addWorksheet("Sheet1");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A filled table plus one stray cell near the bottom of the sheet, as a slip of the keyboard leaves. */
async function hugeSparse(): Promise<Buffer> {
  const template = templateById("gov-2021")!;
  const wb = layoutToWorkbook(officialLayout(template, { figures: consistentFigures(template, 3) }));
  wb.worksheets[0].getCell(1_000_000, 3).value = "误输入";
  wb.worksheets[0].getCell(10, 16_000).value = 1;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface BadFile {
  name: string;
  bytes: () => Promise<Buffer>;
  /** Part of the message the user must see. */
  says: RegExp;
}

export const BAD_FILES: BadFile[] = [
  { name: "文本.xlsx", bytes: async () => Buffer.from("单位,数量\n甲,1\n", "utf8"), says: /纯文本/ },
  {
    name: "网页.xlsx",
    bytes: async () => Buffer.from("<html><table><tr><td>1</td></tr></table></html>"),
    says: /网页/,
  },
  {
    name: "报告.xlsx",
    bytes: async () => Buffer.from("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n", "latin1"),
    says: /PDF/,
  },
  {
    name: "截断.xlsx",
    bytes: async () => (await goodWorkbook()).subarray(0, 3000),
    says: /已损坏或不完整/,
  },
  {
    name: "加密.xlsx",
    bytes: async () => cfb(true),
    says: /文件已加密（设置了打开密码），请先去掉密码另存为 \.xlsx/,
  },
  {
    name: "旧版.xls",
    bytes: async () => cfb(false),
    says: /是旧版 \.xls 格式，请在 Excel\/WPS 中另存为 \.xlsx/,
  },
  { name: "无工作表.xlsx", bytes: () => emptyWorkbook(false), says: /没有任何工作表/ },
  { name: "空表.xlsx", bytes: () => emptyWorkbook(true), says: /空工作簿/ },
  {
    name: "文档.xlsx",
    bytes: () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("正文")] }] })),
    says: /Word 文档/,
  },
  { name: "零字节.xlsx", bytes: async () => Buffer.alloc(0), says: /空文件/ },
];

export const HUGE_SPARSE = { name: "超大稀疏.xlsx", bytes: hugeSparse };

export async function writeFile(dir: string, name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}
