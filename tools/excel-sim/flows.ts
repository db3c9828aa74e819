import { type Frame, type Locator } from "playwright-core";
import { type Sim } from "./harness";
import { addressOf, cellsIn, displayedFill, rectA1, type Rect, type SimWorkbook } from "./model";

/**
 * The clerk's flows, run on the pane as a user would (roles and names, not markup), with the round trips Excel
 * counted for each. What `npm run excel-sim` prints.
 */

export type FlowName = "check" | "clear" | "edit" | "ribbon" | "all";

export interface Mark {
  sheet: string;
  cell: string;
  fill: string | null;
}

export interface FlowReport {
  api: string;
  platform: string;
  findings: number;
  marks: Mark[];
  restored: boolean | null;
  syncsPerCheck: number | null;
  syncsPerRecheck: number | null;
  syncsPerClick: number | null;
  /** Round trips from the pane's load until it showed the first result. */
  syncsAtStart: number;
  /** Cell the click on the first finding selected in Excel. */
  selected: string | null;
  /** The ribbon's 一键检查: cells marked, its Rich API round trips, the text of its result dialog. */
  ribbon: { marks: number; syncs: number; dialog: string | null } | null;
  /** The pane's notes on what this Office cannot do, as shown on opening and after 检查. */
  notes: string[];
  readBatchesFlaggedAsWrite: number;
  /** Batches office.js sent by itself after an Excel.run to release kept objects (not waited for, not counted). */
  cleanupBatches: number;
  unimplemented: string[];
  pageErrors: string[];
  outsideRequests: string[];
}

export function toolbar(pane: Frame): Locator {
  return pane.getByRole("toolbar", { name: "年报助手操作" });
}

export function findingsList(pane: Frame): Locator {
  return pane.getByRole("list", { name: "检查结果" });
}

/** The look of every cell's fill and every conditional format, to tell marks and a restore. */
export interface FormatSnapshot {
  fills: Map<string, string | null>;
  cfs: string[];
}

export function snapshot(book: SimWorkbook): FormatSnapshot {
  const fills = new Map<string, string | null>();
  const cfs: string[] = [];
  for (const s of book.sheets) {
    for (const [key, cell] of s.cells) fills.set(`${s.id}|${key}`, cell.fill);
    for (const cf of s.cfs) cfs.push(`${s.id}|${cf.ranges.map(rectA1).join(",")}|${cf.formula}|${cf.fill}`);
  }
  return { fills, cfs };
}

export function sameFormats(a: FormatSnapshot, b: FormatSnapshot): boolean {
  const keys = new Set([...a.fills.keys(), ...b.fills.keys()]);
  for (const k of keys) if ((a.fills.get(k) ?? null) !== (b.fills.get(k) ?? null)) return false;
  return a.cfs.join("\n") === b.cfs.join("\n");
}

/** Cells whose displayed fill (own fill or a conditional format) differs from `before`'s book as opened. */
export function marksAgainst(book: SimWorkbook, opened: SimWorkbook): Mark[] {
  const out: Mark[] = [];
  for (const sheet of book.sheets) {
    const was = opened.sheets.find((s) => s.id === sheet.id);
    const areas: Rect[] = [...sheet.cfs.flatMap((cf) => cf.ranges)];
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      areas.push({ top: r, left: c, bottom: r, right: c });
    }
    const seen = new Set<string>();
    for (const area of areas) {
      if (area.bottom - area.top > 5000 || area.right - area.left > 500) continue;
      for (const [r, c] of cellsIn(area)) {
        const k = `${r},${c}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const now = displayedFill(sheet, r, c);
        const then = was ? displayedFill(was, r, c) : null;
        if (now !== then)
          out.push({ sheet: sheet.name, cell: rectA1({ top: r, left: c, bottom: r, right: c }), fill: now });
      }
    }
  }
  return out.sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.cell.localeCompare(b.cell, "en", { numeric: true }),
  );
}

/** Waits until the pane is idle: its buttons enabled again and Excel quiet. */
export async function settle(sim: Sim): Promise<void> {
  await toolbar(sim.pane)
    .getByRole("button", { name: "检查", exact: true })
    .and(sim.pane.locator(":enabled"))
    .waitFor();
  await sim.recorder.idle();
  await toolbar(sim.pane)
    .getByRole("button", { name: "检查", exact: true })
    .and(sim.pane.locator(":enabled"))
    .waitFor();
}

export async function ready(sim: Sim): Promise<number> {
  await toolbar(sim.pane).waitFor({ timeout: 30000 });
  await settle(sim);
  return sim.recorder.roundTrips(0, "pane").length;
}

/** Clicks a toolbar button, waits for the pane's first message to Excel and then for the pane to be idle. */
async function press(sim: Sim, name: string): Promise<number> {
  const mark = sim.recorder.mark();
  await toolbar(sim.pane).getByRole("button", { name, exact: true }).click();
  await sim.recorder.next((e) => e.frame === "pane" && (e.kind === "rich" || e.kind === "common"), mark);
  await settle(sim);
  return sim.recorder.roundTrips(mark, "pane").length;
}

export function check(sim: Sim): Promise<number> {
  return press(sim, "检查");
}

export function clear(sim: Sim): Promise<number> {
  return press(sim, "清除标记");
}

export async function findingCount(sim: Sim): Promise<number> {
  const list = findingsList(sim.pane);
  if ((await list.count()) === 0) return 0;
  return list.getByRole("listitem").count();
}

/** Clicks the first finding; resolves to the round trips and the address Excel then has selected. */
export async function clickFirstFinding(sim: Sim): Promise<{ syncs: number; selected: string | null }> {
  const mark = sim.recorder.mark();
  await findingsList(sim.pane).getByRole("listitem").first().click();
  await sim.recorder.next((e) => e.kind === "rich", mark);
  await sim.recorder.idle();
  const sel = sim.book.selection;
  const sheet = sel ? sim.book.sheets.find((s) => s.id === sel.sheetId) : undefined;
  return {
    syncs: sim.recorder.roundTrips(mark, "pane").length,
    selected: sel && sheet ? addressOf(sheet, sel.rect) : null,
  };
}

/** The clerk retypes a marked cell's value; resolves to the round trips of the live recheck (null: none came). */
export async function editAndRecheck(sim: Sim, at: Mark): Promise<number | null> {
  const sheet = sim.book.sheets.find((s) => s.name === at.sheet)!;
  const cell = [...sheet.cells.entries()].find(([k]) => {
    const [r, c] = k.split(",").map(Number);
    return rectA1({ top: r, left: c, bottom: r, right: c }) === at.cell;
  })?.[1];
  const value = typeof cell?.value === "number" ? cell.value : 0;
  const mark = sim.recorder.mark();
  sim.edit(at.sheet, at.cell, value);
  const came = await sim.recorder
    .next((e) => e.kind === "rich" && e.frame === "pane", mark, 10000)
    .then(() => true)
    .catch(() => false);
  if (!came) return null;
  await settle(sim);
  return sim.recorder.roundTrips(mark, "pane").length;
}

/**
 * 一键检查 on the ribbon: the command runtime checks and marks, shows its result dialog (DialogApi), which the
 * clerk closes. Resolves to the round trips of the check (the dialog and the command's completion not counted)
 * and the dialog's text.
 */
export async function ribbonCheck(sim: Sim): Promise<{ syncs: number; dialog: string | null }> {
  const mark = sim.recorder.mark();
  await sim.ribbon("runCheck");
  const first = await sim.recorder.next(
    (e) => e.name === "dialog.open" || e.name === "appCommand.completed",
    mark,
    30000,
  );
  const syncs = sim.recorder.roundTrips(mark, "commands").filter((e) => e.kind === "rich").length;
  let dialog: string | null = null;
  if (first.name === "dialog.open") {
    const frame = await frameNamed(sim, "dialog");
    const summary = frame.getByRole("status");
    await summary.filter({ hasText: /\S/ }).waitFor();
    dialog = (await summary.textContent())?.trim() ?? "";
    await frame.getByRole("button", { name: "关闭" }).click();
    await sim.recorder.next((e) => e.name === "appCommand.completed", mark, 30000);
  }
  await sim.recorder.idle();
  return { syncs, dialog };
}

async function frameNamed(sim: Sim, name: string): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = sim.page.frame({ name });
    if (frame) return frame;
    await sim.page.waitForTimeout(50);
  }
  throw new Error(`excel-sim: no ${name} frame opened`);
}

export async function notes(pane: Frame): Promise<string[]> {
  // One by one: allTextContents evaluates in the page's own world, which the legacy pane's polyfills (Map, Symbol)
  // make unusable for Playwright's helpers.
  const found = pane.getByText(/此版本/);
  const texts: string[] = [];
  for (let i = 0, n = await found.count(); i < n; i++)
    texts.push(((await found.nth(i).textContent()) ?? "").trim());
  return [...new Set(texts)];
}

export async function platformOf(pane: Frame): Promise<string> {
  return pane.evaluate(() => {
    const w = window as unknown as {
      Office?: { context?: { platform?: string; diagnostics?: { platform?: string } } };
    };
    return w.Office?.context?.diagnostics?.platform ?? w.Office?.context?.platform ?? "unknown";
  });
}

/** Runs `flow` on a started simulator and reports as the command prints it. */
export async function runFlow(
  sim: Sim,
  api: string,
  flow: FlowName,
  opened: SimWorkbook,
): Promise<FlowReport> {
  const report: FlowReport = {
    api,
    platform: "",
    findings: 0,
    marks: [],
    restored: null,
    syncsPerCheck: null,
    syncsPerRecheck: null,
    syncsPerClick: null,
    syncsAtStart: await ready(sim),
    selected: null,
    ribbon: null,
    notes: await notes(sim.pane),
    readBatchesFlaggedAsWrite: 0,
    cleanupBatches: 0,
    unimplemented: [],
    pageErrors: [],
    outsideRequests: [],
  };
  report.platform = await platformOf(sim.pane);
  const before = snapshot(opened);
  if (flow === "ribbon") {
    const ribbon = await ribbonCheck(sim);
    report.marks = marksAgainst(sim.book, opened);
    report.ribbon = { marks: report.marks.length, ...ribbon };
  } else {
    report.syncsPerCheck = await check(sim);
    report.findings = await findingCount(sim);
    report.marks = marksAgainst(sim.book, opened);
    // Some notes show only once the pane has marked the workbook (issue 12: notices only when they matter).
    report.notes = [...new Set([...report.notes, ...(await notes(sim.pane))])];
    if (flow === "all" || flow === "edit") {
      if (report.findings > 0) {
        const click = await clickFirstFinding(sim);
        report.syncsPerClick = click.syncs;
        report.selected = click.selected;
      }
      if (report.marks[0]) report.syncsPerRecheck = await editAndRecheck(sim, report.marks[0]);
    }
    if (flow === "all" || flow === "clear") {
      await clear(sim);
      report.restored = sameFormats(before, snapshot(sim.book));
    }
    if (flow === "all") {
      const ribbon = await ribbonCheck(sim);
      report.ribbon = { marks: marksAgainst(sim.book, opened).length, ...ribbon };
    }
  }
  report.readBatchesFlaggedAsWrite = sim.recorder.entries.filter((e) => e.readFlaggedAsWrite).length;
  report.cleanupBatches = sim.recorder.entries.filter((e) => e.kind === "cleanup").length;
  report.unimplemented = [...sim.recorder.unimplemented];
  report.pageErrors = [...sim.pageErrors];
  report.outsideRequests = [...sim.outsideRequests];
  return report;
}
