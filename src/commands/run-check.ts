import { checkWorkbook } from "../core/check";
import { type Host } from "../core/host";
import { toLang } from "../core/messages/render";
import { commonApi } from "../excel/office-env";
import { highlightsFromFindings } from "../core/host";
import { storedPrior } from "../core/report/prior";
import { errorText, type Translate, translator } from "../taskpane/i18n";

/** The dialog is small: the counts and the first few verdicts, each with its cell. */
const SHOWN = 3;

async function resultText(host: Host, lang: ReturnType<typeof toLang>, t: Translate): Promise<string> {
  const grid = await host.readGrid();
  // Last year's figures the pane kept in the workbook count here too.
  const result = checkWorkbook(grid, { lang, prior: storedPrior(grid)?.figures });
  await host.applyHighlights(highlightsFromFindings(result.findings));
  if (!result.template) return result.findings[0]?.message ?? "";
  const { errors, warnings } = result.summary;
  const lines = [t("ribbon.done", { errors, warnings })];
  for (const f of result.findings.slice(0, SHOWN))
    lines.push(f.cell ? `${f.sheet ? `${f.sheet}!` : ""}${f.cell}：${f.message}` : f.message);
  if (result.findings.length > SHOWN) lines.push(t("ribbon.more", { count: result.findings.length - SHOWN }));
  return lines.join("\n");
}

/** Checks the workbook and marks it, without the task pane; resolves to the lines to show the clerk. */
export async function checkAndMark(host: Host): Promise<string> {
  const lang = toLang(host.displayLanguage());
  const t = translator(lang);
  try {
    return await resultText(host, lang, t);
  } catch (err) {
    return t("ribbon.failed", { message: errorText(err) });
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
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (opened) => {
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
