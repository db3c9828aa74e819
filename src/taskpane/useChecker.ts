import { useCallback, useEffect, useRef, useState } from "react";
import { checkWorkbook, type CheckResult } from "../core/check";
import { type CellWrite, type Host } from "../core/host";
import { type WorkbookGrid } from "../core/grid";
import { type Lang } from "../core/messages/render";
import { highlightsFromFindings } from "../core/host";
import { type Prior, storedPrior } from "../core/report/prior";
import { errorText } from "./i18n";
import { type Serial } from "./serial-host";

/** Quiet time after the clerk's last edit before the tables are checked again. */
export const LIVE_DELAY_MS = 800;

export interface Checker {
  result: CheckResult | null;
  /** The workbook as read for `result`. */
  grid: WorkbookGrid | null;
  busy: boolean;
  /** What went wrong in the last host call, for the clerk. */
  error: string | null;
  /** What the last action did, for the clerk. */
  notice: string | null;
  check(): Promise<void>;
  clear(): Promise<void>;
  insertBlank(templateId: string): Promise<void>;
  write(writes: CellWrite[]): Promise<void>;
  /** Goes to a cell; not queued, so it answers at once even while a check runs. */
  select(sheet: string, cell: string): Promise<void>;
  /** Runs another host call in turn with the pane's own. */
  serial: Serial;
  /** Last year's figures the last check used, or null. */
  prior: Prior | null;
  /** Uses `prior` (null: none) for this and every later check: kept in the workbook where the host can. */
  choosePrior(prior: Prior | null): Promise<void>;
}

/** Where a host without savePrior keeps the chosen prior: the pane's own, or the page's across opened files. */
export interface PriorSession {
  current: Prior | null | undefined;
}

export interface CheckerMessages {
  inserted(sheet: string): string;
  written(count: number): string;
  priorChosen(prior: Prior): string;
  priorRemoved(): string;
}

/**
 * Reads, checks and marks the workbook through the host. Host calls run one at a time so a live recheck never
 * overtakes the clerk's own click; a failed call leaves the last findings in place.
 */
export function useChecker(
  host: Host,
  lang: Lang,
  messages: CheckerMessages,
  onFindings?: (result: CheckResult) => void,
  session?: PriorSession,
): Checker {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [grid, setGrid] = useState<WorkbookGrid | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const marked = useRef(false);
  const [prior, setPrior] = useState<Prior | null>(null);
  // A host without savePrior (the web page): the choice of this session; undefined = what the workbook carries.
  const ownSession = useRef<PriorSession["current"]>(undefined);
  const sessionPrior = session ?? ownSession;
  const latest = useRef({ lang, messages, onFindings });
  latest.current = { lang, messages, onFindings };

  /** `task` resolves to the notice to show, null to clear it, or undefined to keep the current one. */
  const run = useCallback((task: () => Promise<string | null | undefined>): Promise<void> => {
    const next = queue.current.then(async () => {
      setBusy(true);
      try {
        const done = await task();
        setError(null);
        if (done !== undefined) setNotice(done);
      } catch (err) {
        setError(errorText(err));
      } finally {
        setBusy(false);
      }
    });
    queue.current = next;
    return next;
  }, []);

  const recheck = useCallback(
    async (mark: boolean): Promise<void> => {
      const read = await host.readGrid();
      const used = sessionPrior.current === undefined ? storedPrior(read) : sessionPrior.current;
      const checked = checkWorkbook(read, { lang: latest.current.lang, prior: used?.figures });
      setPrior(used);
      setGrid(read);
      setResult(checked);
      latest.current.onFindings?.(checked);
      if (mark && host.capabilities().highlights) {
        await host.applyHighlights(highlightsFromFindings(checked.findings));
        marked.current = true;
      }
    },
    [host, sessionPrior],
  );

  const check = useCallback(() => run(() => recheck(true).then(() => null)), [run, recheck]);

  const clear = useCallback(
    () =>
      run(async () => {
        await host.clearHighlights();
        marked.current = false;
        return null;
      }),
    [run, host],
  );

  const insertBlank = useCallback(
    (templateId: string) =>
      run(async () => {
        const sheet = await host.insertBlankTemplate(templateId);
        await recheck(marked.current);
        return latest.current.messages.inserted(sheet);
      }),
    [run, host, recheck],
  );

  const write = useCallback(
    (writes: CellWrite[]) =>
      run(async () => {
        await host.writeCells(writes);
        await recheck(marked.current);
        return latest.current.messages.written(writes.length);
      }),
    [run, host, recheck],
  );

  const choosePrior = useCallback(
    (next: Prior | null) =>
      run(async () => {
        if (host.savePrior) await host.savePrior(next);
        else sessionPrior.current = next;
        await recheck(marked.current);
        return next ? latest.current.messages.priorChosen(next) : latest.current.messages.priorRemoved();
      }),
    [run, host, recheck, sessionPrior],
  );

  const serial = useCallback<Serial>(<T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task);
    queue.current = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }, []);

  const select = useCallback(
    (sheet: string, cell: string) =>
      host.selectCell(sheet, cell).catch((err: unknown) => setError(errorText(err))),
    [host],
  );

  useEffect(() => {
    void run(() => recheck(false).then(() => undefined));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(() => recheck(marked.current).then(() => undefined)), LIVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [host, run, recheck]);

  return {
    result,
    grid,
    busy,
    error,
    notice,
    check,
    clear,
    insertBlank,
    write,
    select,
    serial,
    prior,
    choosePrior,
  };
}
