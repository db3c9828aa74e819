export { generateOutline, outlineSpecs, type OutlineOptions } from "./generate";
export { outlineToMarkdown, outlineToText, runsText } from "./render-text";
export { titleInfo, type TitleInfo } from "./title";
export * from "./types";
