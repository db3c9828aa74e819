import { type CheckResult } from "../../src/core/check";
import { type CellValue, type WorkbookGrid } from "../../src/core/grid";
import { type Lang } from "../../src/core/messages/render";
import { translator } from "../../src/taskpane/i18n";
import { type PanelProps } from "../../src/taskpane/panels";
import { type CellWrite, type Highlight, type Host, type HostCapabilities } from "../../src/core/host";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";

/** A gov-2021 workbook with every data cell 0, so that each test plants exactly the mistakes it is about. */
export function zeroWorkbook(sheetName = "Sheet1"): {
  grid: WorkbookGrid;
  at(tableId: string, key: string): { row: number; col: number };
} {
  const layout = officialLayout(templateById("gov-2021")!, { sheetName });
  const rows: CellValue[][] = layout.rows.map((r) => [...r]);
  for (const i of layout.inputs) rows[i.row][i.col] = 0;
  return {
    grid: { sheets: [{ name: sheetName, rows, merges: layout.merges }] },
    at(tableId, key) {
      const input = layout.inputs.find((i) => i.tableId === tableId && i.key === key);
      if (!input) throw new Error(`no input ${tableId} ${key}`);
      return { row: input.row, col: input.col };
    },
  };
}

/** A Host over an in-memory grid that records what the pane asks of it. */
export class FakeHost implements Host {
  readonly kind = "file" as const;
  selected: { sheet: string; cell: string } | null = null;
  highlights: Highlight[] = [];
  writes: CellWrite[][] = [];
  inserted: string[] = [];
  reads = 0;
  failWrites: string | null = null;
  private listeners = new Set<() => void>();

  constructor(
    public grid: WorkbookGrid,
    private language = "zh-CN",
    private caps: Partial<HostCapabilities> = {},
  ) {}

  capabilities(): HostCapabilities {
    return {
      highlights: true,
      changeEvents: true,
      insertSheet: true,
      exportFile: false,
      notes: [],
      ...this.caps,
    };
  }
  displayLanguage(): string {
    return this.language;
  }
  async readGrid(): Promise<WorkbookGrid> {
    this.reads++;
    return this.grid;
  }
  async applyHighlights(highlights: Highlight[]): Promise<void> {
    this.highlights = highlights;
  }
  async clearHighlights(): Promise<void> {
    this.highlights = [];
  }
  async selectCell(sheet: string, cell: string): Promise<void> {
    this.selected = { sheet, cell };
  }
  async insertBlankTemplate(templateId: string): Promise<string> {
    this.inserted.push(templateId);
    return "统计表";
  }
  async writeCells(writes: CellWrite[]): Promise<void> {
    if (this.failWrites) throw new Error(this.failWrites);
    this.writes.push(writes);
  }
  onChange(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }
  /** The clerk edits a cell in the workbook. */
  edit(sheet: string, row: number, col: number, value: CellValue): void {
    const rows = this.grid.sheets.find((s) => s.name === sheet)!.rows;
    while (rows.length <= row) rows.push([]);
    rows[row][col] = value;
    for (const l of this.listeners) l();
  }
}

/** What the pane hands a panel, for rendering a panel on its own. */
export function panelProps(host: Host, result: CheckResult | null, lang: Lang = "zh-CN"): PanelProps {
  return {
    host,
    result,
    lang,
    t: translator(lang),
    busy: false,
    busyWhile: (task) => task(),
    headingLevel: 2,
  };
}
