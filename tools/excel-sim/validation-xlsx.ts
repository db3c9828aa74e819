import type ExcelJS from "exceljs";
import { type SimValidation } from "./model";

/**
 * A cell's data validation between the model (each part as office.js sent it: rule, prompt, errorAlert,
 * ignoreBlanks) and the file (exceljs's dataValidation), so that rules the add-in set survive a save and reopen as
 * they do in Excel. Covers the rule kinds the add-in and a clerk's own list use.
 */

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  GreaterThanOrEqualTo: "greaterThanOrEqual",
};
const TYPES: Record<string, ExcelJS.DataValidation["type"]> = {
  wholeNumber: "whole",
  decimal: "decimal",
  custom: "custom",
  list: "list",
};

interface Criteria {
  formula1?: unknown;
  formula?: string;
  operator?: string;
  source?: string;
}
interface Prompt {
  showPrompt?: boolean;
  title?: string;
  message?: string;
}
interface ErrorAlert {
  showAlert?: boolean;
  style?: string;
  title?: string;
  message?: string;
}

export function toExcelJs(v: SimValidation): ExcelJS.DataValidation | undefined {
  if (!v.rule) return undefined;
  const [kind, criteria] = Object.entries(v.rule)[0] as [string, Criteria];
  const formula =
    criteria.source !== undefined
      ? `"${criteria.source}"`
      : criteria.formula !== undefined
        ? criteria.formula.replace(/^=/, "")
        : criteria.formula1;
  const prompt = (v.prompt ?? {}) as Prompt;
  const alert = (v.errorAlert ?? {}) as ErrorAlert;
  return {
    type: TYPES[kind],
    operator: criteria.operator ? OPERATORS[criteria.operator] : undefined,
    formulae: [formula],
    allowBlank: v.ignoreBlanks !== false,
    showInputMessage: !!prompt.showPrompt,
    promptTitle: prompt.title,
    prompt: prompt.message,
    showErrorMessage: alert.showAlert !== false,
    errorStyle: (alert.style ?? "Stop").toLowerCase(),
    errorTitle: alert.title,
    error: alert.message,
  };
}

export function fromExcelJs(v: ExcelJS.DataValidation): SimValidation {
  const kind = Object.entries(TYPES).find(([, t]) => t === v.type)?.[0] ?? String(v.type);
  const operator = Object.entries(OPERATORS).find(([, o]) => o === v.operator)?.[0];
  const formula = v.formulae?.[0];
  const criteria =
    kind === "custom"
      ? { formula: `=${String(formula)}` }
      : kind === "list"
        ? { source: String(formula).replace(/^"|"$/g, "") }
        : {
            formula1:
              typeof formula === "string" && /^-?\d+(\.\d+)?$/.test(formula) ? Number(formula) : formula,
            operator,
          };
  return {
    rule: { [kind]: criteria },
    ignoreBlanks: !!v.allowBlank,
    prompt: { showPrompt: !!v.showInputMessage, title: v.promptTitle ?? "", message: v.prompt ?? "" },
    errorAlert: {
      showAlert: !!v.showErrorMessage,
      style: v.errorStyle ? v.errorStyle[0].toUpperCase() + v.errorStyle.slice(1) : "Stop",
      title: v.errorTitle ?? "",
      message: v.error ?? "",
    },
  };
}
