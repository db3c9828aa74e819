import { type WorkbookGrid } from "../core/grid";
import { type CellWrite, type Highlight, type Host, type HostCapabilities } from "../core/host";
import { toLang } from "../core/messages/render";
import { JUSTIFICATION_SHEET } from "../core/report/justifications";
import { templateById } from "../core/templates";
import { targetsOf } from "../excel/mark-targets";
import { type MessageKey, type Translate, translator } from "../taskpane/i18n";
import { insertBlankSheet } from "./blank-sheet";
import { attempt, ClerkError, wpsError } from "./errors";
import { type EtApplication, type EtWorkbook, etApplication, type SheetChangeHandler } from "./et";
import { readWorkbook } from "./read-grid";
import { saveJustificationSheet, sheetNamed, writeCellValues } from "./sheet-ops";
import { writeMarks } from "./write-marks";

export interface WpsHostOptions {
  /** The object model; the running WPS's by default. */
  app?: EtApplication | null;
  /**
   * The pane's language: Chinese unless told. WPS's webview need not report the UI language (an embedded Chromium
   * defaults to en-US), and the clerks this add-in is for work in Chinese WPS.
   */
  language?: string;
}

/**
 * The workbook open in WPS 表格, through its synchronous ET object model (a WPS 加载项). The only place in the
 * project that touches WPS. Marks are recorded fills (BGR colours) restored exactly, like Excel below ExcelApi 1.6.
 */
export class WpsHost implements Host {
  readonly kind = "wps" as const;
  private readonly t: Translate;
  private readonly language: string;

  constructor(private readonly options: WpsHostOptions = {}) {
    this.language = options.language ?? "zh-CN";
    this.t = translator(toLang(this.language));
  }

  private app(): EtApplication {
    const app = this.options.app === undefined ? etApplication() : this.options.app;
    if (!app) throw new ClerkError(this.t("wps.notInWps"));
    return app;
  }

  private workbook(): EtWorkbook {
    const workbook = this.app().ActiveWorkbook;
    if (!workbook) throw new ClerkError(this.t("wps.noWorkbook"));
    return workbook;
  }

  /** The object model answers at once; the Host interface is asynchronous for Excel's sake. */
  private async run<T>(action: MessageKey, task: (workbook: EtWorkbook) => T): Promise<T> {
    return attempt(this.t, action, () => task(this.workbook()));
  }

  capabilities(): HostCapabilities {
    return {
      highlights: true,
      changeEvents: true,
      insertSheet: true,
      exportFile: false,
      notes: [{ text: this.t("wps.marksNote"), when: "marked" }],
    };
  }

  displayLanguage(): string {
    return this.language;
  }

  readGrid(): Promise<WorkbookGrid> {
    return this.run("wps.action.read", readWorkbook);
  }

  applyHighlights(highlights: Highlight[]): Promise<void> {
    return this.paint(targetsOf(highlights));
  }

  clearHighlights(): Promise<void> {
    return this.paint([]);
  }

  private paint(targets: ReturnType<typeof targetsOf>): Promise<void> {
    const action = "wps.action.mark";
    return this.run(action, (workbook) =>
      writeMarks(workbook, targets, (sheet, err) =>
        sheetNamed(workbook, sheet)?.ProtectContents
          ? new ClerkError(this.t("wps.protected", { action: this.t(action), sheet }))
          : wpsError(this.t, err, action),
      ),
    );
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    const action = "wps.action.select";
    return this.run(action, (workbook) => {
      const ws = sheetNamed(workbook, sheet);
      if (!ws) throw new ClerkError(this.t("wps.noSheet", { action: this.t(action), sheet }));
      ws.Activate();
      ws.Range(cell).Select();
    });
  }

  insertBlankTemplate(templateId: string): Promise<string> {
    const template = templateById(templateId);
    return this.run("wps.action.insert", (workbook) => {
      if (!template) throw new ClerkError(this.t("wps.noTemplate", { id: templateId }));
      return insertBlankSheet(workbook, template);
    });
  }

  writeCells(writes: CellWrite[]): Promise<void> {
    if (writes.length === 0) return Promise.resolve();
    return this.run("wps.action.write", (workbook) => writeCellValues(workbook, writes, this.t));
  }

  saveJustifications(rows: string[][]): Promise<void> {
    return this.run("wps.action.justify", (workbook) => saveJustificationSheet(workbook, rows));
  }

  /** WPS raises SheetChange for the clerk's edits in any sheet of any open workbook. */
  onChange(callback: () => void): () => void {
    let app: EtApplication;
    try {
      app = this.app();
    } catch {
      return () => undefined;
    }
    const handler: SheetChangeHandler = (sheet) => {
      // Our own 说明 sheet holds no table: writing it must not set off a recheck.
      if (sheet?.Name !== JUSTIFICATION_SHEET) callback();
    };
    app.ApiEvent.AddApiEventListener("SheetChange", handler);
    return () => app.ApiEvent.RemoveApiEventListener("SheetChange", handler);
  }
}
