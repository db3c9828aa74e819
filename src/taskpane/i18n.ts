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
  "prior.title": "上年数据",
  "prior.none":
    "未选择上年数据。选择上年的统计表工作簿（.xlsx）或 nianbao export 导出的 .json，即可检查上年结转、现行有效件数是否与上年报告衔接。",
  "prior.choose": "选择上年数据…",
  "prior.replace": "更换…",
  "prior.remove": "移除上年数据",
  "prior.fileLabel": "选择上年数据文件",
  "prior.shown": "正在使用上年数据：{unit}{year}（来自「{source}」）",
  "prior.year": " {year} 年度",
  "prior.kept":
    "已保存在本工作簿的隐藏表「年报助手上年数据」中，保存工作簿后再打开、实时重查和一键检查都会使用。",
  "prior.session": "上年数据只在本页面打开期间有效（打开其他文件时继续使用），不会写入文件。",
  "prior.yearGap": "所选上年数据是 {prior} 年度的，本表是 {current} 年度的：请确认选的是上一年的报告。",
  "prior.unrelated": "所选上年数据中没有与本表对应的统计表（表二、表三），无法检查与上年的衔接。",
  "prior.tooLarge": "「{name}」超过 {limit} MB，不是统计表工作簿或导出的 .json。",
  "prior.chosen": "已使用上年数据（来自「{source}」）重新检查。",
  "prior.removed": "已移除上年数据，不再检查与上年的衔接。",
  "rules.title": "输入校验",
  "rules.intro":
    "给统计表的每个填数单元格加 Excel 数据验证：件数只能填 0 或正整数，万元只能填不小于 0、最多两位小数的数字；选中单元格时显示填写提示，填错时弹出提醒。不改动任何数值。",
  "rules.unsupported":
    "此版本 Excel 不支持用加载项设置数据验证（需要 ExcelApi 1.8，即 Office 2019 及以后或 Microsoft 365），无法加输入校验；检查功能不受影响。",
  "rules.noTables": "请先检查，找到统计表后才能加输入校验。",
  "rules.add": "为统计表加输入校验",
  "rules.remove": "移除输入校验",
  "rules.plan": "将为 {count} 个单元格加输入校验，不改动任何数值：",
  "rules.line": "{table}：{kind} {count} 格（{range}{more}）",
  "rules.more": " 等",
  "rules.kind.count": "件数（0 或正整数）",
  "rules.kind.amount": "万元（不小于 0，最多两位小数）",
  "rules.ours": "已有年报助手输入校验的 {count} 格保持不变。",
  "rules.others": "已有其他数据验证的 {count} 格不改动：{cells}",
  "rules.nothing": "统计表的填数单元格都已有输入校验，无需添加。",
  "rules.confirm": "确认添加",
  "rules.added": "已为 {count} 个单元格加输入校验。",
  "rules.removed": "已移除 {count} 个单元格上的年报助手输入校验；其他数据验证未改动。",
  "rules.noneToRemove": "统计表中没有年报助手加的输入校验。",
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
  "prior.title": "Last year's figures",
  "prior.none":
    "No figures of last year chosen. Choose last year's workbook (.xlsx) or the .json that nianbao export wrote to check that the carry-over and the documents in force follow last year's report.",
  "prior.choose": "Choose last year's figures…",
  "prior.replace": "Replace…",
  "prior.remove": "Remove last year's figures",
  "prior.fileLabel": "Choose the file with last year's figures",
  "prior.shown": "Using last year's figures: {unit}{year} (from “{source}”)",
  "prior.year": ", {year}",
  "prior.kept":
    "Kept in this workbook's hidden sheet 「年报助手上年数据」: used after save and reopen, by live rechecks and by the ribbon check.",
  "prior.session":
    "Last year's figures last while this page is open (also for the next files opened); nothing is written to a file.",
  "prior.yearGap":
    "The chosen figures are for {prior}, these tables for {current}: make sure you chose last year's report.",
  "prior.unrelated":
    "The chosen figures hold none of these tables (表二, 表三): nothing can be compared with last year.",
  "prior.tooLarge": "“{name}” is larger than {limit} MB: not a statistics workbook or an export .json.",
  "prior.chosen": "Checked again with last year's figures (from “{source}”).",
  "prior.removed": "Last year's figures removed; the carry-over is no longer checked.",
  "rules.title": "Input rules",
  "rules.intro":
    "Puts Excel data validation on every input cell of the tables: counts take 0 or a whole number, 万元 a number ≥ 0 with at most two decimals; selecting a cell shows a hint, a wrong entry an alert. No value is changed.",
  "rules.unsupported":
    "This Excel cannot set data validation from an add-in (ExcelApi 1.8: Office 2019 or later, Microsoft 365); checking works as before.",
  "rules.noTables": "Check first: input rules go on the tables found.",
  "rules.add": "Add input rules to the tables",
  "rules.remove": "Remove input rules",
  "rules.plan": "Input rules will be added to {count} cells; no value changes:",
  "rules.line": "{table}: {kind}, {count} cells ({range}{more})",
  "rules.more": " …",
  "rules.kind.count": "counts (0 or whole numbers)",
  "rules.kind.amount": "万元 (≥ 0, at most two decimals)",
  "rules.ours": "{count} cells already have our input rule and stay as they are.",
  "rules.others": "{count} cells have other data validation and are left alone: {cells}",
  "rules.nothing": "Every input cell already has an input rule.",
  "rules.confirm": "Add",
  "rules.added": "Input rules added to {count} cells.",
  "rules.removed": "Removed our input rules from {count} cells; other data validation is unchanged.",
  "rules.noneToRemove": "The tables have no input rules of ours.",
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
