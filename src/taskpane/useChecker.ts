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
  /** The pane's marks are on the workbook (after 检查, until 清除标记). */
  marked: boolean;
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
  /** Counts a panel's task as the pane's work: `busy` while it runs. */
  busyWhile<T>(task: () => Promise<T>): Promise<T>;
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
  // One count for the pane's own queue and the panels' tasks, so that every button knows the pane is working.
  const [working, setWorking] = useState(0);
  const [marked, setMarked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const markedNow = useRef(false);
  const [prior, setPrior] = useState<Prior | null>(null);
  // A host without savePrior (the web page): the choice of this session; undefined = what the workbook carries.
  const ownSession = useRef<PriorSession["current"]>(undefined);
  const sessionPrior = session ?? ownSession;
  const latest = useRef({ lang, messages, onFindings });
  latest.current = { lang, messages, onFindings };

  const busyWhile = useCallback(async <T>(task: () => Promise<T>): Promise<T> => {
    setWorking((n) => n + 1);
    try {
      return await task();
    } finally {
      setWorking((n) => n - 1);
    }
  }, []);

  const setMarks = useCallback((on: boolean) => {
    markedNow.current = on;
    setMarked(on);
  }, []);

  /** `task` resolves to the notice to show, null to clear it, or undefined to keep the current one. */
  const run = useCallback(
    (task: () => Promise<string | null | undefined>): Promise<void> => {
      const next = queue.current.then(() =>
        busyWhile(async () => {
          try {
            const done = await task();
            setError(null);
            if (done !== undefined) setNotice(done);
          } catch (err) {
            setError(errorText(err));
          }
        }),
      );
      queue.current = next;
      return next;
    },
    [busyWhile],
  );

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
        setMarks(true);
      }
    },
    [host, setMarks, sessionPrior],
  );

  const check = useCallback(() => run(() => recheck(true).then(() => null)), [run, recheck]);

  const clear = useCallback(
    () =>
      run(async () => {
        await host.clearHighlights();
        setMarks(false);
        return null;
      }),
    [run, host, setMarks],
  );

  const insertBlank = useCallback(
    (templateId: string) =>
      run(async () => {
        const sheet = await host.insertBlankTemplate(templateId);
        await recheck(markedNow.current);
        return latest.current.messages.inserted(sheet);
      }),
    [run, host, recheck],
  );

  const write = useCallback(
    (writes: CellWrite[]) =>
      run(async () => {
        await host.writeCells(writes);
        await recheck(markedNow.current);
        return latest.current.messages.written(writes.length);
      }),
    [run, host, recheck],
  );

  const choosePrior = useCallback(
    (next: Prior | null) =>
      run(async () => {
        if (host.savePrior) await host.savePrior(next);
        else sessionPrior.current = next;
        await recheck(markedNow.current);
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
      timer = setTimeout(
        () => void run(() => recheck(markedNow.current).then(() => undefined)),
        LIVE_DELAY_MS,
      );
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [host, run, recheck]);

  return {
    result,
    grid,
    busy: working > 0,
    marked,
    error,
    notice,
    check,
    clear,
    insertBlank,
    write,
    select,
    serial,
    busyWhile,
    prior,
    choosePrior,
  };
}
