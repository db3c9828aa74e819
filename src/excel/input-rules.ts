import {
  amountFormula,
  INPUT_RULE_TEXT,
  type InputRuleCell,
  inputRuleRuns,
  type InputRuleRun,
  type InputRuleSurvey,
  isOurInputRule,
} from "../core/input-rules";
import { ClerkError, excelError } from "./errors";
import { excelApi } from "./office-env";

export const NO_DATA_VALIDATION =
  "此版本 Excel 不支持用加载项设置数据验证（需要 ExcelApi 1.8，即 Office 2019 及以后或 Microsoft 365），无法加输入校验；检查功能不受影响。";

function requireDataValidation(): void {
  if (!excelApi("1.8")) throw new ClerkError(NO_DATA_VALIDATION);
}

/** Queues our rule on each run: the cells' own values and formats are left as they are. */
export function queueInputRules(sheet: Excel.Worksheet, runs: readonly InputRuleRun[]): void {
  for (const run of runs) {
    const text = INPUT_RULE_TEXT[run.kind];
    const validation = sheet.getRange(run.address).dataValidation;
    validation.clear();
    validation.rule =
      run.kind === "count"
        ? { wholeNumber: { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo } }
        : { custom: { formula: amountFormula(run.address.split(":")[0]) } };
    validation.ignoreBlanks = true;
    validation.prompt = { showPrompt: true, title: text.title, message: text.message };
    validation.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.stop,
      title: text.errorTitle,
      message: text.errorMessage,
    };
  }
}

async function survey(ctx: Excel.RequestContext, cells: readonly InputRuleCell[]): Promise<InputRuleSurvey> {
  const loaded = cells.map((c) => {
    const validation = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell).dataValidation;
    validation.load("type,prompt");
    return { c, validation };
  });
  await ctx.sync();
  const out: InputRuleSurvey = { free: [], ours: [], others: [] };
  for (const { c, validation } of loaded) {
    if (validation.type === Excel.DataValidationType.none) out.free.push(c);
    else if (isOurInputRule(validation.prompt?.title)) out.ours.push(c);
    else out.others.push(c);
  }
  return out;
}

/** How the input cells stand now, read in one sync. */
export async function surveyInputRules(cells: readonly InputRuleCell[]): Promise<InputRuleSurvey> {
  requireDataValidation();
  try {
    return await Excel.run((ctx) => survey(ctx, cells));
  } catch (err) {
    throw excelError(err, "读取输入校验");
  }
}

function bySheet(
  ctx: Excel.RequestContext,
  runs: readonly InputRuleRun[],
  act: (s: Excel.Worksheet, r: InputRuleRun[]) => void,
): void {
  for (const name of new Set(runs.map((r) => r.sheet)))
    act(
      ctx.workbook.worksheets.getItem(name),
      runs.filter((r) => r.sheet === name),
    );
}

/** Puts our rule on the cells (replacing ours where it already is). */
export async function addInputRules(cells: readonly InputRuleCell[]): Promise<void> {
  requireDataValidation();
  try {
    await Excel.run(async (ctx) => {
      bySheet(ctx, inputRuleRuns(cells), queueInputRules);
      await ctx.sync();
    });
  } catch (err) {
    throw excelError(err, "加输入校验");
  }
}

/** Clears our rules among the cells, leaving every other rule; resolves to how many cells had ours. */
export async function removeInputRules(cells: readonly InputRuleCell[]): Promise<number> {
  requireDataValidation();
  try {
    return await Excel.run(async (ctx) => {
      const { ours } = await survey(ctx, cells);
      bySheet(ctx, inputRuleRuns(ours), (sheet, runs) => {
        for (const run of runs) sheet.getRange(run.address).dataValidation.clear();
      });
      await ctx.sync();
      return ours.length;
    });
  } catch (err) {
    throw excelError(err, "移除输入校验");
  }
}
