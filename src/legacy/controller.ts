import { checkWorkbook, type CheckResult } from "../core/check";
import { type WorkbookGrid } from "../core/grid";
import { type CellWrite, type Host, highlightsFromFindings } from "../core/host";
import { type Lang } from "../core/messages/render";
import { errorText, type Translate } from "../taskpane/i18n";

/** Quiet time after the clerk's last edit before the tables are checked again, as in the React pane. */
export const LIVE_DELAY_MS = 800;

export interface PaneState {
  result: CheckResult | null;
  /** The workbook as read for `result`. */
  grid: WorkbookGrid | null;
  busy: boolean;
  /** What went wrong in the last host call, for the clerk. */
  error: string | null;
  /** What the last action did, for the clerk. */
  notice: string | null;
}

/**
 * Reads, checks and marks the workbook through the host: the legacy pane's counterpart of the React pane's
 * useChecker, with the same rules. Host calls run one at a time so a live recheck never overtakes the clerk's own
 * click; a failed call leaves the last findings in place; the sheet is marked only after 检查 was clicked.
 */
export class Controller {
  readonly state: PaneState = { result: null, grid: null, busy: false, error: null, notice: null };
  private queue: Promise<void> = Promise.resolve();
  private painted = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    private readonly lang: Lang,
    private readonly t: Translate,
    private readonly changed: () => void,
  ) {}

  /** The workbook carries this pane's marks (a capability note may matter only then). */
  get marked(): boolean {
    return this.painted;
  }

  /** The first read, and a recheck after each edit where the host can tell. */
  start(): void {
    void this.run(() => this.recheck(false).then(() => undefined));
    this.host.onChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(
        () => void this.run(() => this.recheck(this.painted).then(() => undefined)),
        LIVE_DELAY_MS,
      );
    });
  }

  check(): Promise<void> {
    return this.run(() => this.recheck(true).then(() => null));
  }

  clear(): Promise<void> {
    return this.run(() =>
      this.host.clearHighlights().then(() => {
        this.painted = false;
        return null;
      }),
    );
  }

  insertBlank(templateId: string): Promise<void> {
    return this.run(() =>
      this.host
        .insertBlankTemplate(templateId)
        .then((sheet) => this.recheck(this.painted).then(() => this.t("inserted", { sheet }))),
    );
  }

  write(writes: CellWrite[]): Promise<void> {
    return this.run(() =>
      this.host
        .writeCells(writes)
        .then(() => this.recheck(this.painted))
        .then(() => this.t("written", { count: writes.length })),
    );
  }

  /** Goes to a cell; not queued, so it answers at once even while a check runs. */
  select(sheet: string, cell: string): Promise<void> {
    return this.host.selectCell(sheet, cell).catch((err: unknown) => {
      this.state.error = errorText(err);
      this.changed();
    });
  }

  /** `task` resolves to the notice to show, null to clear it, or undefined to keep the current one. */
  private run(task: () => Promise<string | null | undefined>): Promise<void> {
    const next = this.queue.then(() => {
      this.set({ busy: true });
      return task().then(
        (done) =>
          this.set(
            done === undefined ? { busy: false, error: null } : { busy: false, error: null, notice: done },
          ),
        (err: unknown) => this.set({ busy: false, error: errorText(err) }),
      );
    });
    this.queue = next;
    return next;
  }

  private recheck(mark: boolean): Promise<void> {
    return this.host.readGrid().then((grid) => {
      const result = checkWorkbook(grid, { lang: this.lang });
      this.set({ grid, result });
      if (!mark || !this.host.capabilities().highlights) return undefined;
      return this.host.applyHighlights(highlightsFromFindings(result.findings)).then(() => {
        this.painted = true;
      });
    });
  }

  private set(patch: Partial<PaneState>): void {
    Object.assign(this.state, patch);
    this.changed();
  }
}
