import { makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { type CheckResult } from "../core/check";
import {
  type CellValue,
  columnName,
  fromA1,
  isCellError,
  type SheetGrid,
  sheetWidth,
  toA1,
  type WorkbookGrid,
} from "../core/grid";
import { type Highlight } from "../core/host";
import { formatNumber } from "../core/messages/render";
import { type Severity } from "../core/templates/schema";
import { SEVERITY_FILL, SEVERITY_RANK as RANK, SEVERITY_WORD } from "../file/file-host";
import { t } from "./text";

/** Beyond this a sheet is not a 统计表; showing it all would only slow the page down. */
const MAX_ROWS = 400;
const MAX_COLS = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "16px" },
  scroller: {
    position: "relative",
    overflow: "auto",
    maxHeight: "max(320px, calc(100vh - 250px))",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Separate borders: with collapsed ones Chromium lets scrolled cells show through the sticky headers.
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: "12px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: "normal",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: "normal",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    textAlign: "right",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    minWidth: "36px",
    maxWidth: "320px",
    verticalAlign: "middle",
    whiteSpace: "pre-wrap",
  },
  number: { textAlign: "right" },
  text: { minWidth: "6em" },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-3px" },
  note: { color: tokens.colorNeutralForeground3 },
  focusable: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

function shown(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isCellError(v)) return v.error;
  return v;
}

interface Span {
  rows: number;
  cols: number;
}

/** Top-left cells of merged ranges with their span, and every other cell a merge covers. */
function mergeMaps(sheet: SheetGrid): { spans: Map<string, Span>; covered: Map<string, string> } {
  const spans = new Map<string, Span>();
  const covered = new Map<string, string>();
  for (const m of sheet.merges) {
    const master = toA1(m.top, m.left);
    spans.set(master, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.set(toA1(r, c), master);
  }
  return { spans, covered };
}

/** Sheets holding recognised tables, or every sheet with something in it when none was recognised. */
function sheetsToShow(grid: WorkbookGrid, result: CheckResult | null): SheetGrid[] {
  const withTables = new Set(result?.tables.map((t) => t.sheet) ?? []);
  const chosen = grid.sheets.filter((s) => withTables.has(s.name));
  if (chosen.length > 0) return chosen;
  return grid.sheets.filter((s) =>
    s.rows.some((r) => r.some((v) => v !== null && v !== undefined && v !== "")),
  );
}

interface SheetProps {
  sheet: SheetGrid;
  marks: Map<string, Highlight[]>;
  selected: string | null;
}

function SheetTable({ sheet, marks, selected }: SheetProps) {
  const styles = useStyles();
  const { spans, covered } = useMemo(() => mergeMaps(sheet), [sheet]);
  const rows = Math.min(sheet.rows.length, MAX_ROWS);
  const cols = Math.min(sheetWidth(sheet), MAX_COLS);
  const target = selected ? (covered.get(selected) ?? selected) : null;
  const columns = Array.from({ length: cols }, (_, c) => c);

  return (
    <section>
      <Subtitle2 as="h2">{t("web.sheet", { name: sheet.name })}</Subtitle2>
      {(sheet.rows.length > MAX_ROWS || sheetWidth(sheet) > MAX_COLS) && (
        <p className={styles.note}>{t("web.clipped", { rows: MAX_ROWS, cols: MAX_COLS })}</p>
      )}
      {/* Focusable, so that a keyboard can scroll a sheet wider or longer than its box with the arrow keys. */}
      <div
        className={mergeClasses(styles.scroller, styles.focusable)}
        tabIndex={0}
        role="region"
        aria-label={t("web.sheet", { name: sheet.name })}
      >
        <table className={styles.table} data-sheet={sheet.name}>
          <thead>
            <tr>
              <th scope="col" className={styles.head}>
                <span className={styles.hidden}>{t("web.rowNumbers")}</span>
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" className={styles.head}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHead}>
                  {r + 1}
                </th>
                {columns.map((c) => {
                  const a1 = toA1(r, c);
                  if (covered.has(a1)) return null;
                  const span = spans.get(a1);
                  const value = sheet.rows[r]?.[c] ?? null;
                  const text = shown(value);
                  const found = marks.get(a1) ?? [];
                  const worst = found.reduce<Severity | null>(
                    (w, h) => (w === null || RANK[h.severity] > RANK[w] ? h.severity : w),
                    null,
                  );
                  const messages = found.map((h) => `${SEVERITY_WORD[h.severity]}：${h.message}`).join("\n");
                  return (
                    <td
                      key={c}
                      data-cell={a1}
                      data-severity={worst ?? undefined}
                      rowSpan={span && span.rows > 1 ? span.rows : undefined}
                      colSpan={span && span.cols > 1 ? span.cols : undefined}
                      aria-current={target === a1 ? "true" : undefined}
                      aria-label={
                        worst
                          ? t("web.markedCell", { cell: a1, text: text || t("blankValue"), messages })
                          : undefined
                      }
                      title={worst ? messages : undefined}
                      className={mergeClasses(
                        styles.cell,
                        typeof value === "number" && styles.number,
                        typeof value === "string" && value.length > 6 && styles.text,
                        target === a1 && styles.selected,
                      )}
                      style={worst ? { backgroundColor: `#${SEVERITY_FILL[worst].slice(2)}` } : undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export interface GridViewProps {
  grid: WorkbookGrid;
  result: CheckResult | null;
  highlights: readonly Highlight[];
  selected: { sheet: string; cell: string } | null;
}

/** The opened workbook's tables, read-only, with the findings' cells coloured and the chosen cell marked. */
export function GridView({ grid, result, highlights, selected }: GridViewProps) {
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const sheets = useMemo(() => sheetsToShow(grid, result), [grid, result]);
  const marksBySheet = useMemo(() => {
    const out = new Map<string, Map<string, Highlight[]>>();
    for (const h of highlights) {
      const sheet = out.get(h.sheet) ?? new Map<string, Highlight[]>();
      const cell = fromA1(h.cell);
      const a1 = toA1(cell.row, cell.col);
      sheet.set(a1, [...(sheet.get(a1) ?? []), h]);
      out.set(h.sheet, sheet);
    }
    return out;
  }, [highlights]);

  useEffect(() => {
    if (!selected) return;
    const table = [...(root.current?.querySelectorAll("table") ?? [])].find(
      (t) => t.dataset.sheet === selected.sheet,
    );
    const cell = table?.querySelector<HTMLElement>('[aria-current="true"]');
    const scroller = table?.parentElement;
    if (!cell || !scroller) return;
    // Only the grid's own box scrolls, so the findings list the clerk clicked in stays where it was.
    scroller.scrollTop = cell.offsetTop - scroller.clientHeight / 2 + cell.offsetHeight / 2;
    // Sideways only as far as needed to bring the cell in, so the row labels on the left stay in sight if they can.
    const left = cell.offsetLeft;
    const right = left + cell.offsetWidth + 16;
    if (right > scroller.scrollLeft + scroller.clientWidth)
      scroller.scrollLeft = right - scroller.clientWidth;
    else if (left < scroller.scrollLeft) scroller.scrollLeft = left - 48;
  }, [selected]);

  return (
    <div ref={root} className={styles.root} role="region" aria-label={t("web.preview")}>
      {sheets.map((s) => (
        <SheetTable
          key={s.name}
          sheet={s}
          marks={marksBySheet.get(s.name) ?? new Map()}
          selected={selected?.sheet === s.name ? selected.cell : null}
        />
      ))}
    </div>
  );
}
