import { translator } from "../taskpane/i18n";

/** The web page's words, from the pane's catalog: the page speaks the reports' language, zh-CN. */
export const t = translator("zh-CN");
