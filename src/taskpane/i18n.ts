import { type FindingKind } from "../core/finding";
import { type Lang } from "../core/messages/render";
import { type Severity } from "../core/templates/schema";

const zhCN = {
  appTitle: "年报助手",
  check: "检查",
  toolbar: "年报助手操作",
  checking: "正在检查…",
  clear: "清除标记",
  insertBlank: "插入标准空白表",
  templateChoice: "空白表格式",
  notRecognised:
    "未在工作簿中找到标准统计表（表二、表三、表四或 2019 年以前统计表）。可插入一张标准空白表后填写。",
  recognised: "已识别：{template}，{tables}",
  tableAt: "{table} 位于 {range}",
  findingsList: "检查结果",
  summary: "错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项",
  allPass: "各表数字均相符，未发现问题。",
  notCheckedYet: "尚未检查。",
  cellLabel: "单元格",
  expected: "应为",
  actual: "实为",
  difference: "相差",
  blankValue: "空白",
  fillZero: "空白单元格填 0",
  fillZeroTitle: "空白单元格填 0",
  fillZeroIntro: "以下 {count} 个空白单元格将填入 0。请确认这些项目本年确实为 0：",
  confirm: "确认填写",
  cancel: "取消",
  hostError: "操作未完成：{message}",
  inserted: "已插入标准空白表“{sheet}”。",
  written: "已在 {count} 个单元格填入 0。",
  otherTable: "其他",
  "severity.error": "错误",
  "severity.warning": "警告",
  "severity.info": "提示",
  "kind.sum-mismatch": "合计与分项不符",
  "kind.subset-exceeds": "“其中”项大于所属项",
  "kind.balance-mismatch": "收支不平衡",
  "kind.empty-required": "空白单元格",
  "kind.not-a-number": "数字单元格中有文字",
  "kind.negative": "负数",
  "kind.not-integer": "非整数",
  "kind.prior-year-mismatch": "与上年数据不衔接",
  "kind.outdated-template": "格式过时",
  "kind.missing-row": "缺少行、列或表",
  "kind.template-not-found": "未识别到统计表",
  "kind.implausible": "数字不合常理",
  "kind.other": "其他问题",
  "template.gov-2021": "2021 年格式（表二、表三、表四）",
  "template.gov-2019": "2019 年试行格式",
  "template.pre-2019": "2019 年以前统计表",
  "wps.notInWps":
    "未在 WPS 表格中运行：找不到 WPS 的 Application 对象。请从 WPS 表格的“年报助手”选项卡打开。",
  "wps.noWorkbook": "WPS 表格中没有打开的工作簿。请先打开要检查的统计表文件。",
  "wps.failed": "{action}失败：{detail}",
  "wps.protected": "{action}失败：工作表“{sheet}”受保护。请在“审阅 › 撤销工作表保护”后再试。",
  "wps.locked":
    "写入失败：工作表“{sheet}”受保护，单元格 {cells} 已锁定，什么都没有写入。请在“审阅 › 撤销工作表保护”后再试。",
  "wps.badAddress": "无法写入“{sheet}”的“{cell}”：这不是一个单元格地址。",
  "wps.noTemplate": "没有编号为“{id}”的标准表样，无法插入空白表。",
  "wps.noSheet": "{action}失败：找不到工作表“{sheet}”，可能已被改名或删除。请重新检查。",
  "wps.marksNote":
    "WPS 表格中的标记直接改变单元格填充色，“清除标记”会还原原来的填充；清除前请勿改名或删除已标记的工作表。",
  "wps.action.read": "读取工作簿",
  "wps.action.mark": "标记",
  "wps.action.select": "定位单元格",
  "wps.action.insert": "插入空白表",
  "wps.action.write": "写入",
  "wps.action.justify": "保存说明",
  "wps.paneFailed": "无法打开年报助手任务窗格：{detail}",
};

export type MessageKey = keyof typeof zhCN;

const enUS: Record<MessageKey, string> = {
  appTitle: "Annual Report Assistant",
  check: "Check",
  toolbar: "Assistant actions",
  checking: "Checking…",
  clear: "Clear marks",
  insertBlank: "Insert blank standard sheet",
  templateChoice: "Format of the blank sheet",
  notRecognised:
    "No standard statistics table (tables 2, 3, 4 or the pre-2019 table) was found in this workbook. You can insert a blank standard sheet and fill it in.",
  recognised: "Recognised: {template}, {tables}",
  tableAt: "{table} at {range}",
  findingsList: "Findings",
  summary: "{errors} errors, {warnings} warnings, {infos} notes",
  allPass: "All figures agree; no problems found.",
  notCheckedYet: "Not checked yet.",
  cellLabel: "Cell",
  expected: "expected",
  actual: "actual",
  difference: "difference",
  blankValue: "blank",
  fillZero: "Fill blank cells with 0",
  fillZeroTitle: "Fill blank cells with 0",
  fillZeroIntro: "These {count} blank cells will be set to 0. Confirm that each item really is 0 this year:",
  confirm: "Fill in",
  cancel: "Cancel",
  hostError: "Not done: {message}",
  inserted: "Inserted the blank standard sheet “{sheet}”.",
  written: "Set {count} cells to 0.",
  otherTable: "Other",
  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Note",
  "kind.sum-mismatch": "Total differs from its parts",
  "kind.subset-exceeds": "“Of which” exceeds its parent",
  "kind.balance-mismatch": "Requests do not balance",
  "kind.empty-required": "Blank cells",
  "kind.not-a-number": "Text in number cells",
  "kind.negative": "Negative numbers",
  "kind.not-integer": "Not whole numbers",
  "kind.prior-year-mismatch": "Does not follow last year's figures",
  "kind.outdated-template": "Outdated format",
  "kind.missing-row": "Missing rows, columns or tables",
  "kind.template-not-found": "No table recognised",
  "kind.implausible": "Implausible figures",
  "kind.other": "Other problems",
  "template.gov-2021": "2021 format (tables 2, 3, 4)",
  "template.gov-2019": "2019 trial format",
  "template.pre-2019": "Pre-2019 statistics table",
  "wps.notInWps":
    "Not running inside WPS Spreadsheets: WPS's Application object is missing. Open the pane from the 年报助手 tab in WPS.",
  "wps.noWorkbook": "No workbook is open in WPS Spreadsheets. Open the statistics file first.",
  "wps.failed": "{action} failed: {detail}",
  "wps.protected":
    "{action} failed: the sheet “{sheet}” is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
  "wps.locked":
    "Nothing was written: the sheet “{sheet}” is protected and the cells {cells} are locked. Unprotect it (Review › Unprotect Sheet) and try again.",
  "wps.badAddress": "Cannot write “{cell}” on “{sheet}”: it is not a cell address.",
  "wps.noTemplate": "There is no standard format “{id}”; no blank sheet was inserted.",
  "wps.noSheet": "{action} failed: the sheet “{sheet}” is gone, perhaps renamed or deleted. Check again.",
  "wps.marksNote":
    "In WPS the marks change the cells' fill; Clear marks puts the original fill back. Do not rename or delete a marked sheet before clearing.",
  "wps.action.read": "Reading the workbook",
  "wps.action.mark": "Marking",
  "wps.action.select": "Going to the cell",
  "wps.action.insert": "Inserting the blank sheet",
  "wps.action.write": "Writing",
  "wps.action.justify": "Saving the explanations",
  "wps.paneFailed": "Could not open the 年报助手 task pane: {detail}",
};

const catalogs: Record<Lang, Record<MessageKey, string>> = { "zh-CN": zhCN, "en-US": enUS };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Puts `params` into the {name} slots of a message; a slot without a value stays as written. */
export function fillIn(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** What went wrong, as the clerk reads it: an error's message, or whatever else was thrown as text. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function translator(lang: Lang): Translate {
  return (key, params) => fillIn(catalogs[lang][key], params);
}

export function severityKey(severity: Severity): MessageKey {
  return `severity.${severity}`;
}

export function kindKey(kind: FindingKind): MessageKey {
  const key = `kind.${kind}`;
  return key in zhCN ? (key as MessageKey) : "kind.other";
}
