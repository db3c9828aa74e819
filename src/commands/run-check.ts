import { checkWorkbook } from "../core/check";
import { type Host } from "../core/host";
import { type Lang, toLang } from "../core/messages/render";
import { commonApi } from "../excel/office-env";
import { highlightsFromFindings } from "../core/host";
import { storedPrior } from "../core/report/prior";
import { errorText } from "../taskpane/i18n";

async function resultText(host: Host, lang: Lang): Promise<string> {
  const grid = await host.readGrid();
  // Last year's figures the pane kept in the workbook count here too.
  const result = checkWorkbook(grid, { lang, prior: storedPrior(grid)?.figures });
  await host.applyHighlights(highlightsFromFindings(result.findings));
  if (!result.template) return result.findings[0]?.message ?? "";
  const { errors, warnings } = result.summary;
  return lang === "en-US"
    ? `Check finished: ${errors} error(s), ${warnings} warning(s).`
    : `检查完成：错误 ${errors} 项，警告 ${warnings} 项`;
}

/** Checks the workbook and marks it, without the task pane; resolves to the sentence to show the clerk. */
export async function checkAndMark(host: Host): Promise<string> {
  const lang = toLang(host.displayLanguage());
  try {
    return await resultText(host, lang);
  } catch (err) {
    const reason = errorText(err);
    return lang === "en-US" ? `The check could not finish: ${reason}` : `检查未完成：${reason}`;
  }
}

/**
 * Shows `text` in a small dialog (DialogApi 1.1) and resolves once it is closed, by its button, its own timer or
 * the clerk. Without the Dialog API the marks on the sheet are the answer.
 */
export function showResult(text: string, pageUrl: string): Promise<void> {
  if (!commonApi("DialogApi", "1.1")) return Promise.resolve();
  const url = `${pageUrl}?text=${encodeURIComponent(text)}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 20, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = opened.value;
      const done = (): void => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
