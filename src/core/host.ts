import { type FindingKind } from "./finding";
import { type WorkbookGrid } from "./grid";
import { type Severity } from "./templates/schema";

/** A cell to mark on the sheet. */
export interface Highlight {
  sheet: string;
  cell: string;
  severity: Severity;
  kind: FindingKind;
  message: string;
}

export interface CellWrite {
  sheet: string;
  cell: string;
  value: number | string | null;
}

export interface HostCapabilities {
  /** Highlights can be painted on the workbook itself. */
  highlights: boolean;
  /** The host tells when the clerk edits cells (live recheck). */
  changeEvents: boolean;
  /** A blank standard sheet can be inserted. */
  insertSheet: boolean;
  /** A finished file can be handed over (new workbook, download). */
  exportFile: boolean;
  /** Chinese-language notes on what is missing on this host, for the pane to show. */
  notes: string[];
}

/**
 * What the task pane needs from where the workbook lives: Excel (src/excel) or an opened file (src/file, web page).
 * The pane talks only to this interface.
 */
export interface Host {
  readonly kind: "excel" | "file";
  capabilities(): HostCapabilities;
  /** Office's or the browser's display language, e.g. "zh-CN", "en-US". */
  displayLanguage(): string;
  readGrid(): Promise<WorkbookGrid>;
  applyHighlights(highlights: Highlight[]): Promise<void>;
  clearHighlights(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Adds a sheet with the blank standard template; resolves to the new sheet's name. */
  insertBlankTemplate(templateId: string): Promise<string>;
  /** Writes values the clerk has confirmed. Never called without the clerk's confirmation. */
  writeCells(writes: CellWrite[]): Promise<void>;
  /** Calls back after the clerk edits the workbook; returns an unsubscribe function. */
  onChange(callback: () => void): () => void;
}
