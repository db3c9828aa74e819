import { type Lang } from "../../core/messages/render";

/**
 * The outline panel's messages; the legacy (IE11) pane shows the outline too and reads them from here.
 * Both languages must have every message: `satisfies` keeps each catalog's own keys for the type checker.
 */
export const OUTLINE_TEXT = {
  "zh-CN": {
    title: "报告提纲",
    unit: "单位名称",
    year: "年度",
    copy: "复制",
    copied: "已复制到剪贴板。",
    copyFailed: "无法访问剪贴板，请在下方提纲中全选后手动复制。",
    download: "下载 .docx",
    downloadFailed: "生成 Word 文档失败：{message}",
    downloaded: "已生成 Word 文档。如果没有出现下载，请点“复制”后粘贴到 Word 中。",
    notChecked: "请先检查统计表，再生成报告提纲。",
    noTemplate: "未识别到标准统计表，无法生成提纲。",
    hasErrors: "统计表有 {count} 处错误，相关数字在提纲中标为【数据待核】。",
    legend: "黄色为需要填写的内容，红色为待核数字；其余数字取自统计表。",
  },
  "en-US": {
    title: "Report outline",
    unit: "Reporting body",
    year: "Year",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    copyFailed: "The clipboard is not available: select the outline below and copy it by hand.",
    download: "Download .docx",
    downloadFailed: "The Word document could not be made: {message}",
    downloaded: "The Word document is ready. If no download appears, use Copy and paste into Word.",
    notChecked: "Check the tables first, then the outline is generated from them.",
    noTemplate: "No standard table was recognised, so there is no outline.",
    hasErrors:
      "The tables have {count} errors; the figures concerned are marked 【数据待核】 in the outline.",
    legend: "Yellow: for you to write. Red: figures to verify. Every other figure comes from the tables.",
  },
} satisfies Record<Lang, Record<string, string>>;
