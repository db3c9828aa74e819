import { type WorkbookGrid } from "../core/grid";
import {
  type CapabilityNote,
  type CellWrite,
  type Delivery,
  type Highlight,
  type Host,
  type HostCapabilities,
  type OutgoingFile,
} from "../core/host";
import { type InputRuleCell, type InputRuleSurvey } from "../core/input-rules";
import { JUSTIFICATION_SHEET } from "../core/report/justifications";
import { type Prior, PRIOR_SHEET, priorRows } from "../core/report/prior";
import { insertBlankSheet } from "./blank-sheet";
import { deliverInExcel } from "./deliver-file";
import { ClerkError, excelError } from "./errors";
import { changeEventsSupported, LegacyBindings, subscribeChanges } from "./events";
import { saveJustificationSheet } from "./justification-sheet";
import { type MarkState, readMarkState, stateCovers } from "./mark-state";
import { type Target, targetsOf } from "./mark-targets";
import {
  loadMarks,
  loadMemory,
  type Marks,
  queueStore,
  readStoredMarks,
  richSettings,
  sameMarks,
  type SheetMemory,
  storeMarks,
  storeMemory,
} from "./memory";
import { excelApi, refreshSettings, saveSettings } from "./office-env";
import { addInputRules, removeInputRules, surveyInputRules } from "./input-rules";
import { savePriorSheet } from "./prior-sheet";
import { readWorkbook } from "./read-grid";
import { writeCellValues } from "./write-cells";
import { writeMarks } from "./write-marks";

const NO_API =
  "此版本 Office 不支持 Excel 加载项接口（ExcelApi 1.1），无法读取工作簿。请使用 Office 2016 或更新版本。";

/** The workbook open in Excel, through office.js. The only place in the project that touches `Excel` and `Office`. */
export class ExcelHost implements Host {
  readonly kind = "excel" as const;
  private memory: SheetMemory | null = null;
  /** The state of our marks as read by the last readGrid, until anything is written. */
  private fresh: MarkState | null = null;
  /** From ExcelApi 1.4: our marks as this runtime last read or wrote them in the workbook's settings. */
  private marks: Marks | null = null;
  private legacy = new LegacyBindings();

  capabilities(): HostCapabilities {
    const notes: CapabilityNote[] = [];
    if (!excelApi("1.1")) notes.push({ text: NO_API, when: "always" });
    if (!excelApi("1.6")) {
      notes.push({
        text: "此版本 Excel 不支持条件格式，标记将直接修改填充色并可用“清除标记”还原",
        when: "marked",
      });
    }
    if (!excelApi("1.7")) {
      notes.push({
        text: changeEventsSupported()
          ? "此版本 Excel 没有工作表更改事件，改用数据绑定感知修改，表格范围外的修改不会自动重查。"
          : "此版本 Excel 无法感知单元格修改，修改后请再点一次“检查”。",
        when: "marked",
      });
    }
    // Told only where it may be why a table, row or column was not found.
    if (!excelApi("1.13"))
      notes.push({ text: "此版本 Excel 无法读取合并单元格，将只按标签定位表格。", when: "tables-missing" });
    if (!excelApi("1.2")) {
      notes.push({
        text: "此版本 Excel 不能合并单元格或保护工作表，插入的空白表不含合并与锁定。",
        when: "tables-missing",
      });
      notes.push({
        text: "此版本 Excel 不能隐藏工作表：「年报助手说明」「年报助手上年数据」两张表会显示出来，请勿修改。",
        when: "always",
      });
    }
    return {
      highlights: excelApi("1.1"),
      changeEvents: changeEventsSupported(),
      insertSheet: excelApi("1.1"),
      exportFile: excelApi("1.8"),
      inputRules: excelApi("1.8"),
      notes,
    };
  }

  displayLanguage(): string {
    return typeof Office !== "undefined" && Office.context?.displayLanguage
      ? Office.context.displayLanguage
      : "zh-CN";
  }

  async readGrid(): Promise<WorkbookGrid> {
    if (!excelApi("1.1")) throw new ClerkError(NO_API);
    // Before ExcelApi 1.4 another runtime's (the ribbon's) settings are picked up only by a refresh.
    if (!richSettings()) await refreshSettings();
    const assumed = this.currentMarks();
    const outcome = await readWorkbook(this.memory ?? loadMemory(), assumed);
    this.memory = outcome.memory;
    this.fresh = outcome.marks;
    if (outcome.stored) {
      // The marks were read by the assumption; if another runtime changed them since, read their state again.
      if (!sameMarks(outcome.stored.marks, assumed)) this.fresh = null;
      this.marks = outcome.stored.marks;
    }
    this.legacy.bind(this.memory);
    return outcome.grid;
  }

  async applyHighlights(highlights: Highlight[]): Promise<void> {
    await this.replaceMarks(targetsOf(highlights));
  }

  async clearHighlights(): Promise<void> {
    // The ribbon's 一键检查 runs in a runtime of its own and may have marked since this one last read: clear what
    // the workbook's record lists now, not what this runtime remembers (a refresh before ExcelApi 1.4).
    this.fresh = null;
    if (richSettings())
      this.marks = await readStoredMarks().catch((e: unknown) => {
        throw excelError(e, "清除标记");
      });
    const left = await this.replaceMarks([]);
    if (left.cf.length > 0) {
      throw new ClerkError(
        "部分标记是在较新版本的 Excel 中用条件格式添加的，此版本无法清除。请在“开始 › 条件格式 › 清除规则”中清除。",
      );
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    try {
      await Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      });
    } catch (err) {
      throw excelError(err, `定位到“${sheet}”的 ${cell} `);
    }
  }

  async insertBlankTemplate(templateId: string): Promise<string> {
    this.fresh = null;
    return insertBlankSheet(templateId);
  }

  async writeCells(writes: CellWrite[]): Promise<void> {
    this.fresh = null;
    await writeCellValues(writes);
  }

  async saveJustifications(rows: string[][]): Promise<void> {
    this.fresh = null;
    await saveJustificationSheet(rows);
    // Known by name, the next read brings the sheet back though it holds no table.
    if (this.memory && !this.memory.names.includes(JUSTIFICATION_SHEET))
      this.memory.names.push(JUSTIFICATION_SHEET);
  }

  surveyInputRules(cells: InputRuleCell[]): Promise<InputRuleSurvey> {
    return surveyInputRules(cells);
  }

  addInputRules(cells: InputRuleCell[]): Promise<void> {
    return addInputRules(cells);
  }

  removeInputRules(cells: InputRuleCell[]): Promise<number> {
    return removeInputRules(cells);
  }

  async savePrior(prior: Prior | null): Promise<void> {
    this.fresh = null;
    await savePriorSheet(prior ? priorRows(prior, new Date().toISOString()) : null);
    if (!this.memory) return;
    // Known by name, the next read brings the sheet back (or no longer asks for it) in the same sync.
    const names = this.memory.names.filter((n) => n !== PRIOR_SHEET);
    this.memory.names = prior ? [...names, PRIOR_SHEET] : names;
  }

  deliverFile(file: OutgoingFile): Promise<Delivery> {
    return deliverInExcel(file);
  }

  onChange(callback: () => void): () => void {
    return subscribeChanges(callback, this.memory ?? loadMemory(), this.legacy);
  }

  private currentMarks(): Marks {
    return richSettings() ? (this.marks ?? loadMarks()) : loadMarks();
  }

  /**
   * One batch for a check's marks: from ExcelApi 1.4 the settings that keep them go in it; before, a Common API
   * save follows (and a refresh, unless the read just refreshed).
   */
  private async replaceMarks(targets: readonly Target[]): Promise<Marks> {
    if (!excelApi("1.1")) throw new ClerkError(NO_API);
    const rich = richSettings();
    if (!rich && !this.fresh) await refreshSettings();
    const prev = this.currentMarks();
    const state = stateCovers(this.fresh, prev)
      ? this.fresh
      : await readMarkState(prev).catch((e: unknown) => {
          throw excelError(e, "标记");
        });
    this.fresh = null;
    const memory = this.memory;
    const persist = rich ? (ctx: Excel.RequestContext, m: Marks) => queueStore(ctx, memory, m) : undefined;
    const next = await writeMarks(prev, state, targets, excelApi("1.6"), persist);
    if (rich) {
      this.marks = next;
      return next;
    }
    storeMarks(next);
    if (this.memory) storeMemory(this.memory);
    await saveSettings();
    return next;
  }
}
