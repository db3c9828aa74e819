/**
 * @jest-environment jsdom
 */
import { fromA1 } from "../../src/core/grid";
import { MARK_COLORS } from "../../src/excel/mark-targets";
import { FakeDocument, type FakeOffice, openInFakeExcel } from "../excel/fake-office";
import { gov2021Document, SHEET } from "../excel/gov2021-fixture";

async function loadCommands(office: FakeOffice): Promise<(event: unknown) => unknown> {
  jest.resetModules();
  await import("../../src/commands/commands");
  const action = office.actions.get("runCheck");
  if (!action) throw new Error("runCheck was not associated");
  return action;
}

function withMistake() {
  const fixture = gov2021Document();
  const cell = fixture.cellOf("t2021_3", "r3_1.np");
  const p = fromA1(cell);
  fixture.doc.wb.sheet(SHEET)!.cell(p.row, p.col).value = "十";
  return { ...fixture, cell, p };
}

test("runCheck marks the workbook, shows the counts in a dialog and completes when the dialog closes", async () => {
  const { doc, p, cell } = withMistake();
  const office = openInFakeExcel(doc, { maxMinor: 14, dialogApi: true });
  const action = await loadCommands(office);
  const completed = jest.fn();
  const running = Promise.resolve(action({ completed }));
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 20 && office.dialogs.length === 0; i++) await new Promise((r) => setTimeout(r, 0));

  expect(doc.wb.shownFill(SHEET, p.row, p.col)).toBe(MARK_COLORS.error);
  expect(office.dialogs).toHaveLength(1);
  const text = new URL(office.dialogs[0].url).searchParams.get("text");
  // The counts, then the verdict with its cell: what is wrong, not the whole sentence.
  expect(text?.split("\n")).toEqual([
    expect.stringMatching(/^检查完成：错误 \d+ 项，警告 \d+ 项$/),
    `${SHEET}!${cell}：不是数字：“十”`,
  ]);
  expect(office.dialogs[0].url).toMatch(/\/result\.html\?/);
  expect(completed).not.toHaveBeenCalled();

  office.dialogs[0].send("close");
  await running;
  expect(office.dialogs[0].closed).toBe(true);
  expect(completed).toHaveBeenCalledTimes(1);
});

test("without the Dialog API the marks are the answer and the command still completes", async () => {
  const { doc, p } = withMistake();
  const office = openInFakeExcel(doc, { maxMinor: 1 });
  const action = await loadCommands(office);
  const completed = jest.fn();
  await action({ completed });
  expect(office.dialogs).toHaveLength(0);
  expect(doc.wb.shownFill(SHEET, p.row, p.col)).toBe(MARK_COLORS.error);
  expect(completed).toHaveBeenCalledTimes(1);
});

test("a failed check is told in the dialog and the command still completes", async () => {
  const doc = new FakeDocument();
  doc.wb.addSheet("Sheet1");
  doc.wb.editing = true;
  const office = openInFakeExcel(doc, { maxMinor: 14, dialogApi: true });
  const action = await loadCommands(office);
  const completed = jest.fn();
  const running = Promise.resolve(action({ completed }));
  for (let i = 0; i < 20 && office.dialogs.length === 0; i++) await new Promise((r) => setTimeout(r, 0));
  const text = new URL(office.dialogs[0].url).searchParams.get("text");
  expect(text).toMatch(/^检查未完成：.*结束编辑/);
  office.dialogs[0].send("close");
  await running;
  expect(completed).toHaveBeenCalledTimes(1);
});
