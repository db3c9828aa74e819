import { type Finding, type FindingKind } from "./finding";
import { type InputRuleCell, type InputRuleSurvey } from "./input-rules";
import { type WorkbookGrid } from "./grid";
import { type Prior } from "./report/prior";
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
  /** Input rules (data validation) can be put on input cells: Excel from ExcelApi 1.8. Absent: not on this host. */
  inputRules?: boolean;
  /** Chinese-language notes on what is missing on this host, for the pane to show when they matter. */
  notes: CapabilityNote[];
}

/** What a missing capability means for the clerk, and when it changes what the clerk sees. */
export interface CapabilityNote {
  text: string;
  /**
   * always: the host works differently throughout; tables-missing: only when a table, row or column was not found
   * (or the blank sheet is offered); marked: only once the pane has painted marks on the workbook.
   */
  when: "always" | "tables-missing" | "marked";
}

/** A finished file for the clerk (the submission .xlsx, .json, .html). */
export interface OutgoingFile {
  name: string;
  mime: string;
  data: Uint8Array | string;
}

/** How a file reached the clerk, or, when the host could not hand it over, what the clerk should do instead. */
export type Delivery =
  { how: "opened" | "downloaded"; note?: string } | { how: "unsupported"; guidance: string };

/**
 * What the task pane needs from where the workbook lives: Excel (src/excel), WPS 表格 (src/wps) or an opened file
 * (src/file, web page).
 * The pane talks only to this interface.
 */
export interface Host {
  readonly kind: "excel" | "file" | "wps";
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
  /**
   * Replaces the workbook's 「年报助手说明」 sheet (hidden where the host can) with these rows, header first
   * (see justificationRows in core/report). Absent: 说明 last only for this session.
   */
  saveJustifications?(rows: string[][]): Promise<void>;
  /**
   * Keeps last year's figures in the workbook (the hidden 「年报助手上年数据」 sheet, see storedPrior in core/report)
   * so every later read carries them; null removes them. Absent: the pane keeps them for this session only.
   */
  savePrior?(prior: Prior | null): Promise<void>;
  /** How the input cells stand: no rule, our rule, or one of the clerk's own. Only where capabilities say inputRules. */
  surveyInputRules?(cells: InputRuleCell[]): Promise<InputRuleSurvey>;
  /** Puts our input rule on these cells; never touches a value. */
  addInputRules?(cells: InputRuleCell[]): Promise<void>;
  /** Removes our input rules (and no other) from these cells; resolves to how many cells had one. */
  removeInputRules?(cells: InputRuleCell[]): Promise<number>;
  /**
   * Hands a finished file over: Excel opens an .xlsx as a new workbook (Excel.createWorkbook, API 1.8), the web page
   * downloads it. Absent or "unsupported": the pane tries a download itself and shows the guidance.
   */
  deliverFile?(file: OutgoingFile): Promise<Delivery>;
}

/** Findings that point at a cell, as marks for the sheet, the grid view and the annotated copy. */
export function highlightsFromFindings(findings: readonly Finding[]): Highlight[] {
  return findings
    .filter((f) => f.sheet && f.cell)
    .map((f) => ({ sheet: f.sheet!, cell: f.cell!, severity: f.severity, kind: f.kind, message: f.message }));
}
