import { ExcelHost } from "../excel/ExcelHost";
import { checkAndMark, showResult } from "./run-check";

/** Ribbon 一键检查: check and mark without opening the pane, tell the counts, and always let Office know we are done. */
export async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const text = await checkAndMark(new ExcelHost());
    await showResult(text, new URL("result.html", window.location.href).href);
  } finally {
    event.completed();
  }
}

// Office runs no command of a page that never signalled it is ready.
Office.onReady(() => undefined);
Office.actions.associate("runCheck", runCheck);
