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
  "ribbon.done": "检查完成：错误 {errors} 项，警告 {warnings} 项",
  "ribbon.more": "……另有 {count} 项，请打开任务窗格查看",
  "ribbon.failed": "检查未完成：{message}",
  details: "详情",
  detailsOf: "{cell} 的详情",
  cellsInvolved: "涉及的单元格",
  panels: "提纲与报送",
  "outline.title": "报告提纲",
  "outline.unit": "单位名称",
  "outline.year": "年度",
  "outline.copy": "复制",
  "outline.copied": "已复制到剪贴板。",
  "outline.copyFailed": "无法访问剪贴板，请在下方提纲中全选后手动复制。",
  "outline.download": "下载 .docx",
  "outline.downloadFailed": "生成 Word 文档失败：{message}",
  "outline.downloaded": "已生成 Word 文档。如果没有出现下载，请点“复制”后粘贴到 Word 中。",
  "outline.notChecked": "请先检查统计表，再生成报告提纲。",
  "outline.noTemplate": "未识别到标准统计表，无法生成提纲。",
  "outline.hasErrors": "统计表有 {count} 处错误，相关数字在提纲中标为【数据待核】，原因见检查结果。",
  "outline.legend": "黄色为需要填写的内容，红色为待核数字；其余数字取自统计表。",
  "outline.unverified": "待核：{reason}",
  readFailed: "未能读取工作簿中的单位名称、年度和说明：{message}",
  "crosscheck.heading": "核对报告正文",
  "crosscheck.intro": "粘贴报告正文，或选择 .docx / .txt 文件，核对正文中的数字和章节标题是否与统计表一致。",
  "crosscheck.text": "报告正文",
  "crosscheck.file": "选择文件",
  "crosscheck.run": "核对",
  "crosscheck.readFailed": "无法读取文件：{message}",
  "crosscheck.summary": "正文中与统计表对应的数字 {count} 处，一致 {agreed} 处；不一致 {problems} 处。",
  "crosscheck.clean": "正文中的数字和章节标题与统计表一致。",
  "submit.title": "报送",
  "submit.notChecked": "请先检查统计表。",
  "submit.ready": "可以报送：没有错误，警告均已填写说明。",
  "submit.blocked": "暂不能报送：错误 {errors} 个须改正，警告 {unexplained} 个须填写说明。",
  "submit.errors": "须改正的错误",
  "submit.explain": "须填写说明的警告",
  "submit.explained": "已说明的警告",
  "submit.stale": "以下说明已不对应任何问题（数字可能已改正），可以删除：",
  "submit.placeholder": "写明这个数字为什么如此，例如：本年度机构合并，上年结转口径不同",
  "submit.save": "保存说明",
  "submit.remove": "删除",
  "submit.note": "说明：",
  "submit.unsaved":
    "本环境不能把说明写入工作簿，说明只在本次打开期间有效；请在 Excel 中使用加载项以随文件保存。",
  "submit.saved": "说明已保存到工作簿的「年报助手说明」表。",
  "submit.saveFailed": "说明未能保存：{message}",
  "submit.unit": "填报单位",
  "submit.year": "年度",
  "submit.export": "导出报送文件",
  "submit.exported": "已生成：{files}。",
  "submit.opened": "{name} 已在新的 Excel 窗口中打开，请按 Ctrl+S 保存。",
  "submit.downloaded": "{name} 已下载；如果没有出现下载，请改用网页检查器或另存为。",
  "submit.guidance":
    "{name} 无法在此处保存：{guidance}。请用网页检查器打开工作簿导出，或将工作簿另存为后再试。",
  "submit.failed": "导出失败：{message}",
  "submit.more": "…… 另有 {count} 个",
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
  "ribbon.done": "Check finished: {errors} error(s), {warnings} warning(s).",
  "ribbon.more": "… {count} more: open the task pane to see them",
  "ribbon.failed": "The check could not finish: {message}",
  details: "Details",
  detailsOf: "Details of {cell}",
  cellsInvolved: "Cells involved",
  panels: "Outline and submission",
  "outline.title": "Report outline",
  "outline.unit": "Reporting body",
  "outline.year": "Year",
  "outline.copy": "Copy",
  "outline.copied": "Copied to the clipboard.",
  "outline.copyFailed": "The clipboard is not available: select the outline below and copy it by hand.",
  "outline.download": "Download .docx",
  "outline.downloadFailed": "The Word document could not be made: {message}",
  "outline.downloaded": "The Word document is ready. If no download appears, use Copy and paste into Word.",
  "outline.notChecked": "Check the tables first, then the outline is generated from them.",
  "outline.noTemplate": "No standard table was recognised, so there is no outline.",
  "outline.hasErrors":
    "The tables have {count} errors; the figures concerned are marked 【数据待核】 in the outline, the reasons are in the findings.",
  "outline.legend":
    "Yellow: for you to write. Red: figures to verify. Every other figure comes from the tables.",
  "outline.unverified": "To verify: {reason}",
  readFailed: "The reporting body, year and explanations could not be read from the workbook: {message}",
  "crosscheck.heading": "Check the report text",
  "crosscheck.intro":
    "Paste the report text, or choose a .docx / .txt file, to check its figures and section headings against the tables.",
  "crosscheck.text": "Report text",
  "crosscheck.file": "Choose a file",
  "crosscheck.run": "Check",
  "crosscheck.readFailed": "The file could not be read: {message}",
  "crosscheck.summary":
    "{count} figures in the text match table cells; {agreed} agree, {problems} contradict the tables.",
  "crosscheck.clean": "The figures and section headings of the text agree with the tables.",
  "submit.title": "Submit",
  "submit.notChecked": "Check the tables first.",
  "submit.ready": "Ready to submit: no errors, every warning has a written explanation.",
  "submit.blocked": "Not ready: {errors} errors to fix, {unexplained} warnings to explain.",
  "submit.errors": "Errors to fix",
  "submit.explain": "Warnings that need an explanation",
  "submit.explained": "Explained warnings",
  "submit.stale":
    "These explanations no longer match any finding (the figure may have been fixed) and can be removed:",
  "submit.placeholder": "Say why the figure is as it is",
  "submit.save": "Save explanation",
  "submit.remove": "Remove",
  "submit.note": "Explanation: ",
  "submit.unsaved": "This host cannot store explanations in the workbook; they last for this session only.",
  "submit.saved": "Explanation saved in the workbook's 「年报助手说明」 sheet.",
  "submit.saveFailed": "The explanation could not be saved: {message}",
  "submit.unit": "Reporting body",
  "submit.year": "Year",
  "submit.export": "Export submission files",
  "submit.exported": "Created: {files}.",
  "submit.opened": "{name} opened in a new Excel window; press Ctrl+S to save it.",
  "submit.downloaded": "{name} downloaded; if no download appears, use the web checker or Save As.",
  "submit.guidance":
    "{name} cannot be saved here: {guidance}. Open the workbook in the web checker to export it.",
  "submit.failed": "Export failed: {message}",
  "submit.more": "… {count} more",
};

const catalogs: Record<Lang, Record<MessageKey, string>> = { "zh-CN": zhCN, "en-US": enUS };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Puts `params` into the {name} slots of a message; a slot without a value stays as written. */
function fillIn(template: string, params: Record<string, string | number> = {}): string {
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
