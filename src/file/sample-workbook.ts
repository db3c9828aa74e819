import { type CellValue } from "../core/grid";
import { officialLayout, type SheetLayout } from "../core/layout/official-layout";
import { type Figures } from "../core/rules/context";
import { consistentFigures } from "../core/sample/consistent-figures";
import { templateById } from "../core/templates";

export const SAMPLE_NAME = "示例_政府信息公开工作年度报告统计表.xlsx";

/** The mistakes planted in the sample, as the clerk would make them. */
export const SAMPLE_MISTAKES: ReadonlyArray<{ tableId: string; key: string; what: string }> = [
  { tableId: "t2021_3", key: "r1_new.total", what: "本年新收申请的总计比各类申请人之和多 1" },
  { tableId: "t2021_2", key: "xzxk.decisions", what: "行政许可处理决定数量留空" },
  { tableId: "t2021_4", key: "cases.fy_jz", what: "行政复议结果纠正栏填了文字“两件”" },
  {
    tableId: "t2021_3",
    key: "r4_carry_out.np",
    what: "结转下年度继续办理多填 1 件（总计也跟着改），收支不平",
  },
];

function plant(figures: Figures): Record<string, Record<string, CellValue>> {
  const out: Record<string, Record<string, CellValue>> = {};
  for (const [table, cells] of Object.entries(figures)) out[table] = { ...cells };
  const t3 = out.t2021_3;
  t3["r1_new.total"] = Number(t3["r1_new.total"] ?? 0) + 1;
  out.t2021_2["xzxk.decisions"] = null;
  out.t2021_4["cases.fy_jz"] = "两件";
  t3["r4_carry_out.np"] = Number(t3["r4_carry_out.np"] ?? 0) + 1;
  t3["r4_carry_out.total"] = Number(t3["r4_carry_out.total"] ?? 0) + 1;
  return out;
}

/** The sample sheet: the 2021 official tables with consistent figures and the planted mistakes. */
export function sampleLayout(): SheetLayout {
  const template = templateById("gov-2021")!;
  const layout = officialLayout(template, {
    sheetName: "统计表",
    heading: "示例单位 2025 年度政府信息公开工作年度报告统计表（示例数据，故意留有几处错误）",
  });
  const figures = plant(consistentFigures(template, 2025, { max: 40 }));
  for (const input of layout.inputs) {
    const value = figures[input.tableId]?.[input.key];
    layout.rows[input.row][input.col] = value === undefined ? null : value;
  }
  return layout;
}

/** The sample as .xlsx bytes, opened by the page like any chosen file. */
export async function sampleWorkbookBytes(): Promise<Uint8Array> {
  const { layoutToWorkbook } = await import("./write-workbook");
  const workbook = layoutToWorkbook(sampleLayout());
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
