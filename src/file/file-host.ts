import { fromA1, type WorkbookGrid } from "../core/grid";
import {
  type CapabilityNote,
  type CellWrite,
  type Highlight,
  type Host,
  type HostCapabilities,
} from "../core/host";
import { officialLayout } from "../core/layout/official-layout";
import { templateById } from "../core/templates";
import { type Severity } from "../core/templates/schema";

/** A file the page hands to the browser to save. */
export interface DownloadFile {
  name: string;
  data: Uint8Array;
  type: string;
}

/** Fill colours (ARGB) of flagged cells, in the grid and the annotated copy: light enough to read and print. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const SEVERITY_WORD: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What the grid view shows: the marks and the cell the clerk last went to. */
export interface FileView {
  highlights: readonly Highlight[];
  selected: { sheet: string; cell: string } | null;
}

export interface FileHostOptions {
  /** The file name as the clerk chose it, used for the annotated copy's name. */
  name: string;
  /** The file's bytes, kept untouched so the annotated copy starts from exactly what was opened. */
  bytes: Uint8Array;
  grid: WorkbookGrid;
  language?: string;
  /** Hands a file to the clerk (a browser download); the blank standard form is offered this way. */
  download(file: DownloadFile): void;
}

const NOTES: CapabilityNote[] = [
  {
    text: "网页版只读取您打开的文件，不会修改它：有问题的单元格在表格预览中标出，可点「下载标注版」取回带标注的副本；要改数字请在 Excel 或 WPS 中改好后重新打开文件。",
    when: "always",
  },
  { text: "网页版的「插入标准空白表」会下载一份标准空白统计表文件。", when: "tables-missing" },
];

/** "表格.xlsx" → "表格_<suffix>.xlsx"; any other extension is replaced, since the copy is always .xlsx. */
export function derivedName(name: string, suffix: string): string {
  const base = name.replace(/\.[^./\\]*$/, "") || "统计表";
  return `${base}_${suffix}.xlsx`;
}

/**
 * The Host of the web checker page: a workbook opened from a file, read once. Nothing is written back; marks and
 * the selected cell live in memory and reach the page's grid view through `subscribe`.
 */
export class FileHost implements Host {
  readonly kind = "file" as const;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly grid: WorkbookGrid;
  private readonly language: string;
  private readonly download: (file: DownloadFile) => void;
  private view: FileView = { highlights: [], selected: null };
  private readonly listeners = new Set<(view: FileView) => void>();

  constructor(options: FileHostOptions) {
    this.name = options.name;
    this.bytes = options.bytes;
    this.grid = options.grid;
    this.language = options.language ?? "zh-CN";
    this.download = options.download;
  }

  capabilities(): HostCapabilities {
    return { highlights: true, changeEvents: false, insertSheet: true, exportFile: true, notes: NOTES };
  }

  displayLanguage(): string {
    return this.language;
  }

  async readGrid(): Promise<WorkbookGrid> {
    return this.grid;
  }

  current(): FileView {
    return this.view;
  }

  /** Calls back whenever the marks or the selected cell change; returns an unsubscribe function. */
  subscribe(listener: (view: FileView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(change: Partial<FileView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener(this.view);
  }

  async applyHighlights(highlights: Highlight[]): Promise<void> {
    this.update({ highlights: [...highlights] });
  }

  async clearHighlights(): Promise<void> {
    this.update({ highlights: [] });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const target = this.grid.sheets.find((s) => s.name === sheet);
    if (!target) throw new Error(`文件「${this.name}」中没有工作表“${sheet}”`);
    try {
      fromA1(cell);
    } catch {
      throw new Error(`“${cell}”不是有效的单元格地址`);
    }
    this.update({ selected: { sheet, cell: cell.toUpperCase() } });
  }

  async insertBlankTemplate(templateId: string): Promise<string> {
    const template = templateById(templateId);
    if (!template) throw new Error(`没有编号为“${templateId}”的统计表模板`);
    const { layoutToWorkbook } = await import("./write-workbook");
    const workbook = layoutToWorkbook(officialLayout(template, { sheetName: "统计表" }));
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    const name = `标准空白表_${template.name}.xlsx`;
    this.download({ name, data, type: XLSX_TYPE });
    return name;
  }

  async writeCells(writes: CellWrite[]): Promise<void> {
    throw new Error(
      `网页版不能改写单元格（本次要写入 ${writes.length} 个）；请在 Excel 或 WPS 中填写后重新打开文件`,
    );
  }

  onChange(): () => void {
    return () => undefined;
  }

  /** The opened workbook with `highlights` as fills and notes, named "<原名>_标注.xlsx". */
  async annotatedCopy(highlights: readonly Highlight[]): Promise<DownloadFile> {
    const { annotateWorkbook } = await import("./annotate");
    const data = await annotateWorkbook(this.bytes, highlights);
    return { name: derivedName(this.name, "标注"), data, type: XLSX_TYPE };
  }
}

/**
 * Opens the bytes of a chosen file as a FileHost, or gives the Chinese reason it cannot be checked.
 * exceljs is loaded only here, so the page paints before the heavy library arrives.
 */
export async function openFileHost(
  bytes: Uint8Array,
  options: Omit<FileHostOptions, "bytes" | "grid">,
): Promise<{ ok: true; host: FileHost } | { ok: false; message: string }> {
  const { openWorkbookBytes } = await import("./read-workbook");
  const opened = await openWorkbookBytes(bytes, options.name);
  if (!opened.ok) return opened;
  return { ok: true, host: new FileHost({ ...options, bytes, grid: opened.grid }) };
}
