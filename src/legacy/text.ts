import { type Lang } from "../core/messages/render";

/**
 * Messages only the legacy (IE11) pane shows. Everything it shares with the React pane comes from that pane's
 * catalogs (src/taskpane/i18n.ts) and the findings from src/core/messages.
 */
export const LEGACY_TEXT = {
  "zh-CN": {
    elsewhereTitle: "导出报送文件与 Word 提纲",
    elsewhere:
      "此版本 Office 的加载项窗口（Internet Explorer 11 内核）不能新建工作簿，也不能下载文件，因此导出报送文件和生成 Word 版提纲请在以下位置完成：",
    elsewhereWeb:
      "年报助手网页版：在 Edge、Chrome 等浏览器中打开，选择本工作簿的 .xlsx 文件即可导出和下载 Word 提纲，文件只在本机处理，不会上传。",
    elsewhereWebLink: "打开年报助手网页版",
    elsewhereCli:
      "命令行工具（单位信息化人员）：nianbao export 报表.xlsx -o 输出目录；nianbao outline 报表.xlsx -o 提纲.docx",
    outlineText: "提纲全文",
  },
  "en-US": {
    elsewhereTitle: "Submission files and the Word outline",
    elsewhere:
      "This version of Office shows add-ins in Internet Explorer 11, which can neither open a new workbook nor download files. Export the submission files and the Word outline here instead:",
    elsewhereWeb:
      "The web checker: open it in Edge or Chrome and choose this workbook's .xlsx file to export it and download the Word outline; the file stays on this computer.",
    elsewhereWebLink: "Open the web checker",
    elsewhereCli:
      "The command line (for IT staff): nianbao export report.xlsx -o folder; nianbao outline report.xlsx -o outline.docx",
    outlineText: "The outline",
  },
} satisfies Record<Lang, Record<string, string>>;
