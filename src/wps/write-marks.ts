import { type Target } from "../excel/mark-targets";
import { bgr } from "./colors";
import { type EtInterior, type EtWorkbook, type EtWorksheet, items, XL } from "./et";
import { loadMarks, storeMarks, type WpsFill } from "./mark-store";

const key = (sheet: string, cell: string): string => `${sheet}!${cell}`;

function restore(interior: EtInterior, fill: WpsFill): void {
  if (fill.pattern === XL.none) {
    interior.Pattern = XL.none;
    return;
  }
  interior.Pattern = fill.pattern;
  interior.Color = fill.color;
  interior.PatternColor = fill.patternColor;
}

/** Still our fill: a cell the clerk refilled since (any other colour or pattern) is theirs now. */
function stillOurs(interior: EtInterior, fill: WpsFill): boolean {
  return interior.Pattern === XL.solid && interior.Color === fill.mark;
}

/**
 * Replaces our earlier marks by fills on `targets`: a marked cell no longer wanted gets the clerk's fill back, a
 * new one has its fill recorded before it is painted. The record is written back even when a sheet refuses a
 * paint half-way, so every painted cell can still be restored. `failedOn` names the sheet that refused.
 */
export function writeMarks(
  workbook: EtWorkbook,
  targets: readonly Target[],
  failedOn: (sheet: string, err: unknown) => Error,
): void {
  const sheets = new Map<string, EtWorksheet>(items(workbook.Worksheets).map((s) => [s.Name, s]));
  const record = new Map<string, WpsFill>(loadMarks(workbook).map((f) => [key(f.sheet, f.cell), f]));
  const wanted = new Map(targets.map((t) => [key(t.sheet, t.cell), bgr(t.color)]));
  let sheet = "";
  try {
    for (const [k, fill] of [...record]) {
      sheet = fill.sheet;
      const ws = sheets.get(fill.sheet);
      // A sheet deleted or renamed since: nothing of ours is left to find there.
      const interior = ws?.Range(fill.cell).Interior;
      if (!interior || !stillOurs(interior, fill)) {
        record.delete(k);
        continue;
      }
      const mark = wanted.get(k);
      if (mark === undefined) {
        restore(interior, fill);
        record.delete(k);
      } else if (mark !== fill.mark) {
        interior.Color = mark;
        record.set(k, { ...fill, mark });
      }
    }
    for (const t of targets) {
      const k = key(t.sheet, t.cell);
      const ws = sheets.get(t.sheet);
      if (record.has(k) || !ws) continue;
      sheet = t.sheet;
      const interior = ws.Range(t.cell).Interior;
      const mark = wanted.get(k)!;
      record.set(k, {
        sheet: t.sheet,
        cell: t.cell,
        color: interior.Color,
        pattern: interior.Pattern,
        patternColor: interior.PatternColor,
        mark,
      });
      interior.Pattern = XL.solid;
      interior.Color = mark;
    }
  } catch (err) {
    throw failedOn(sheet, err);
  } finally {
    storeMarks(workbook, [...record.values()]);
  }
}
