/**
 * @jest-environment jsdom
 */
import { MARK_COLORS } from "../../src/excel/mark-targets";
import { type InProcessExcel, type InProcessOptions } from "../../tools/excel-sim/in-process";
import { emptyWorkbook, type SimWorkbook } from "../../tools/excel-sim/model";
import { gov2021Book, openIn, putRows, setValue, SHEET, shown } from "../excel/sim-workbook";

/** The ribbon's runtime, on the page jsdom serves: Excel opens its dialogs on the add-in's own origin. */
function open(book: SimWorkbook, level: string, options: InProcessOptions = {}): InProcessExcel {
  return openIn(book, level, { origin: window.location.origin, ...options });
}

async function loadCommands(office: InProcessExcel): Promise<(event: unknown) => unknown> {
  jest.resetModules();
  await import("../../src/commands/commands");
  const action = office.actions.get("runCheck");
  if (!action) throw new Error("runCheck was not associated");
  return action;
}

function withMistake() {
  const fixture = gov2021Book();
  const cell = fixture.cellOf("t2021_3", "r3_1.np");
  setValue(fixture.sheet, cell, "十");
  return { ...fixture, cell };
}

test("runCheck marks the workbook, shows the counts in a dialog and completes when the dialog closes", async () => {
  const { book, sheet, cell } = withMistake();
  const office = open(book, "1.14");
  const action = await loadCommands(office);
  const completed = jest.fn();
  const running = Promise.resolve(action({ completed }));
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 20 && office.dialogs.length === 0; i++) await new Promise((r) => setTimeout(r, 0));

  expect(shown(sheet, cell)).toBe(MARK_COLORS.error);
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
  const { book, sheet, cell } = withMistake();
  const office = open(book, "1.1", { lacking: ["DialogApi"] });
  const action = await loadCommands(office);
  const completed = jest.fn();
  await action({ completed });
  expect(office.dialogs).toHaveLength(0);
  expect(shown(sheet, cell)).toBe(MARK_COLORS.error);
  expect(completed).toHaveBeenCalledTimes(1);
});

test("a failed check is told in the dialog and the command still completes", async () => {
  const book = emptyWorkbook();
  putRows(book, "Sheet1", []);
  book.cellEditMode = true;
  const office = open(book, "1.14");
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
