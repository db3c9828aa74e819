import { scan } from "./xml";

/**
 * Built-in number formats that show a date or time: 14–22 everywhere, 45–47 (times), and 27–36, 50–58, which
 * Chinese, Japanese and Korean Excel show as dates (e.g. 31 = yyyy"年"m"月"d"日").
 */
function isBuiltinDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code that shows a date: y, m, d, h, s or b outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]|"[^"]*"|\\.|[_*]./g, "");
  return /[ymdhsb]/i.test(bare);
}

/** For each cell style index (the `s` of a cell), whether its number format shows a date. */
export function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  scan(xml, {
    open(name, attrs) {
      if (name === "numFmt") custom.set(Number(attrs.get("numFmtId")), attrs.get("formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formatIds.push(Number(attrs.get("numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return formatIds.map((id) => {
    const code = custom.get(id);
    return code === undefined ? isBuiltinDate(id) : isDateFormatCode(code);
  });
}
