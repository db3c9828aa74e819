/**
 * A strict fake of WPS 表格's ET object model: only the members src/wps/et.ts declares (plus the task pane calls of
 * the ribbon) exist; reading or writing any other throws, as does writing a read-only one. It keeps the behaviour
 * published for a real WPS 12.1 (../shared/notes/wps-addin.md): 1-based `.Item`, parameterised properties as calls,
 * formula errors through Value2 as COM CVErr numbers, a single row or column as a 1-D array, BGR colours; and VBA's:
 * Select only on the active sheet, a protected sheet refuses writes to locked cells and, unless allowed, formatting.
 *
 * Self-contained (no imports): the browser test transpiles this file and runs it in the page behind
 * `window.Application`.
 */
/* eslint-disable @typescript-eslint/no-this-alias -- the object model's objects are literals with accessors, whose own
   `this` is the literal: `fake` keeps the model they belong to */

export interface FakeFill {
  color: number;
  pattern: number;
  patternColor: number;
}

interface Cell {
  value?: number | string | boolean;
  /** A formula error the cell shows, e.g. "#DIV/0!". */
  error?: string;
  fill: FakeFill;
  locked: boolean;
  numberFormat: string;
  bold: boolean;
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface SheetModel {
  name: string;
  cells: Map<string, Cell>;
  merges: Rect[];
  protected: boolean;
  allowFormatting: boolean;
  visible: number;
  widths: Map<number, number>;
}

export interface FakeSheetInit {
  name: string;
  /** Rows of values from A1; "" or null is blank; {error: "#DIV/0!"} a formula error. */
  rows: Array<Array<number | string | boolean | null | { error: string }>>;
  /** "A1:C1" */
  merges?: string[];
  /** Cells the clerk filled: address → BGR colour (solid). */
  fills?: Record<string, number>;
}

export interface FakeEtInit {
  sheets: FakeSheetInit[];
}

const NONE = -4142;
const SOLID = 1;
const WHITE = 0xffffff;
const COM_ERROR_BASE = -2146828288;
const CVERR: Record<string, number> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};
const EVENTS = ["SheetChange", "SheetSelectionChange", "SheetActivate", "WorkbookOpen"];

function strict<T extends object>(kind: string, target: T): T {
  const fail = (p: PropertyKey): never => {
    throw new Error(`${kind}.${String(p)} is not a member of the ET object model (fake)`);
  };
  return new Proxy(target, {
    get(t, p, r) {
      if (typeof p === "symbol" || p in t) return Reflect.get(t, p, r);
      // Promise resolution and test printers probe for these.
      if (p === "then" || p === "toJSON" || p === "asymmetricMatch" || p === "$$typeof") return undefined;
      return fail(p);
    },
    set(t, p, v, r) {
      if (!(p in t)) return fail(p);
      if (!Reflect.set(t, p, v, r)) throw new Error(`${kind}.${String(p)} is read-only`);
      return true;
    },
  });
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseRect(address: string): Rect {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) throw new Error(`Range("${address}"): not an address this fake knows`);
  const top = Number(m[2]) - 1;
  const left = colIndex(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? colIndex(m[3]) : left };
}

const key = (r: number, c: number): string => `${r},${c}`;
const freshCell = (): Cell => ({
  fill: { color: WHITE, pattern: NONE, patternColor: 0 },
  locked: true,
  numberFormat: "General",
  bold: false,
});
const blank = (c: Cell | undefined): boolean => !c || (c.value === undefined && c.error === undefined);

export class FakeEt {
  readonly sheets: SheetModel[] = [];
  active = 0;
  /** "Sheet!A1" of the last Select(). */
  selected: string | null = null;
  readonly properties: Array<{ name: string; value: string }> = [];
  private readonly listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  readonly storage = new Map<string, unknown>();
  readonly panes: Array<{ id: number; url: string; visible: boolean }> = [];
  readonly app: unknown;

  constructor(init: FakeEtInit) {
    for (const s of init.sheets) {
      const model = this.addModel(s.name);
      s.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === "") return;
          const cell = this.cell(model, r, c);
          if (typeof v === "object") cell.error = v.error;
          else cell.value = v;
        }),
      );
      model.merges.push(...(s.merges ?? []).map(parseRect));
      for (const [a, color] of Object.entries(s.fills ?? {})) {
        const p = parseRect(a);
        this.cell(model, p.top, p.left).fill = { color, pattern: SOLID, patternColor: 0 };
      }
    }
    this.app = this.makeApp();
  }

  // ——— what the tests look at and do, as the clerk ———

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  fill(sheet: string, address: string): FakeFill {
    const p = parseRect(address);
    return { ...(this.sheet(sheet).cells.get(key(p.top, p.left))?.fill ?? freshCell().fill) };
  }

  value(sheet: string, address: string): unknown {
    const p = parseRect(address);
    return this.sheet(sheet).cells.get(key(p.top, p.left))?.value;
  }

  /** The clerk types a value: WPS raises SheetChange. */
  edit(sheet: string, address: string, value: number | string): void {
    const model = this.sheet(sheet);
    const p = parseRect(address);
    const cell = this.cell(model, p.top, p.left);
    cell.value = value;
    cell.error = undefined;
    this.fire("SheetChange", model, p);
  }

  /** The clerk gives a cell a fill of their own, solid unless a pattern is given. */
  refill(sheet: string, address: string, color: number, pattern = SOLID, patternColor = 0): void {
    const p = parseRect(address);
    this.cell(this.sheet(sheet), p.top, p.left).fill = { color, pattern, patternColor };
  }

  protect(sheet: string, allowFormatting: boolean): void {
    Object.assign(this.sheet(sheet), { protected: true, allowFormatting });
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  // ——— the model ———

  private addModel(name: string, at = this.sheets.length): SheetModel {
    const model: SheetModel = {
      name,
      cells: new Map(),
      merges: [],
      protected: false,
      allowFormatting: false,
      visible: -1,
      widths: new Map(),
    };
    this.sheets.splice(at, 0, model);
    return model;
  }

  private cell(sheet: SheetModel, r: number, c: number): Cell {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) sheet.cells.set(key(r, c), (cell = freshCell()));
    return cell;
  }

  private fire(event: string, sheet: SheetModel, rect: Rect): void {
    for (const fn of [...(this.listeners.get(event) ?? [])])
      fn(this.sheetObject(sheet), this.range(sheet, rect));
  }

  private makeApp(): unknown {
    const fake = this;
    const apiEvent = strict("ApiEvent", {
      AddApiEventListener(event: string, fn: (...args: unknown[]) => void): void {
        if (!EVENTS.includes(event)) throw new Error(`unknown ApiEvent ${event}`);
        fake.listeners.set(event, [...(fake.listeners.get(event) ?? []), fn]);
      },
      RemoveApiEventListener(event: string, fn: (...args: unknown[]) => void): void {
        fake.listeners.set(
          event,
          (fake.listeners.get(event) ?? []).filter((f) => f !== fn),
        );
      },
    });
    const storage = strict("PluginStorage", {
      getItem: (k: string): unknown => fake.storage.get(k) ?? null,
      setItem: (k: string, v: unknown): void => void fake.storage.set(k, v),
    });
    const pane = (p: { id: number; url: string; visible: boolean }) =>
      strict("TaskPane", {
        get ID(): number {
          return p.id;
        },
        get Visible(): boolean {
          return p.visible;
        },
        set Visible(v: boolean) {
          p.visible = v;
        },
      });
    return strict("Application", {
      get ActiveWorkbook() {
        return fake.workbook();
      },
      get ApiEvent() {
        return apiEvent;
      },
      get PluginStorage() {
        return storage;
      },
      CreateTaskPane(url: string) {
        const p = { id: fake.panes.length + 1, url, visible: false };
        fake.panes.push(p);
        return pane(p);
      },
      GetTaskPane(id: number | string) {
        const p = fake.panes.find((x) => String(x.id) === String(id));
        if (!p) throw new Error(`no task pane ${id}`);
        return pane(p);
      },
    });
  }

  private workbook(): unknown {
    const fake = this;
    const sheetsObject = strict("Sheets", {
      get Count() {
        return fake.sheets.length;
      },
      Item(index: number | string) {
        const s =
          typeof index === "number" ? fake.sheets[index - 1] : fake.sheets.find((x) => x.name === index);
        if (!s || (typeof index === "number" && index < 1))
          throw new Error(`Sheets.Item(${index}): no such sheet`);
        return fake.sheetObject(s);
      },
      Add(before?: { Name: string }, after?: { Name: string }) {
        const anchor = before ?? after;
        const at = anchor
          ? fake.sheets.findIndex((s) => s.name === anchor.Name) + (after ? 1 : 0)
          : fake.active;
        let n = fake.sheets.length + 1;
        while (fake.sheets.some((s) => s.name === `Sheet${n}`)) n++;
        const model = fake.addModel(`Sheet${n}`, at);
        fake.active = fake.sheets.indexOf(model);
        return fake.sheetObject(model);
      },
    });
    const props = strict("DocumentProperties", {
      get Count() {
        return fake.properties.length;
      },
      Item(index: number | string) {
        const p =
          typeof index === "number"
            ? fake.properties[index - 1]
            : fake.properties.find((x) => x.name === index);
        if (!p || (typeof index === "number" && index < 1))
          throw new Error(`DocumentProperties.Item(${index})`);
        return fake.property(p);
      },
      Add(name: string, link: boolean, type: number, value: string) {
        if (link !== false || type !== 4) throw new Error("only unlinked text properties in this fake");
        if (fake.properties.some((p) => p.name === name)) throw new Error(`property ${name} exists`);
        if (value.length > 255) throw new Error("a text document property holds at most 255 characters");
        const p = { name, value };
        fake.properties.push(p);
        return fake.property(p);
      },
    });
    return strict("Workbook", {
      get Worksheets() {
        return sheetsObject;
      },
      get ActiveSheet() {
        return fake.sheetObject(fake.sheets[fake.active]);
      },
      get CustomDocumentProperties() {
        return props;
      },
    });
  }

  private property(p: { name: string; value: string }): unknown {
    const fake = this;
    return strict("DocumentProperty", {
      get Name() {
        return p.name;
      },
      get Value() {
        return p.value;
      },
      Delete() {
        fake.properties.splice(fake.properties.indexOf(p), 1);
      },
    });
  }

  private sheetObject(model: SheetModel): unknown {
    const fake = this;
    return strict("Worksheet", {
      get Name() {
        return model.name;
      },
      set Name(name: string) {
        if (fake.sheets.some((s) => s !== model && s.name === name))
          throw new Error(`a sheet is named ${name}`);
        model.name = name;
      },
      get UsedRange() {
        return fake.range(model, fake.usedRect(model));
      },
      Range(address: string) {
        return fake.range(model, parseRect(address));
      },
      Activate() {
        if (model.visible !== -1) throw new Error("a hidden sheet cannot be activated");
        fake.active = fake.sheets.indexOf(model);
      },
      get Visible() {
        return model.visible;
      },
      set Visible(v: number) {
        if (v !== -1 && fake.sheets.filter((s) => s.visible === -1).length <= 1)
          throw new Error("the last visible sheet cannot be hidden");
        model.visible = v;
        if (v !== -1 && fake.sheets[fake.active] === model)
          fake.active = fake.sheets.findIndex((s) => s.visible === -1);
      },
      get ProtectContents() {
        return model.protected;
      },
      Protect(...args: unknown[]) {
        model.protected = true;
        model.allowFormatting = args[5] === true;
      },
    });
  }

  private usedRect(model: SheetModel): Rect {
    let rect: Rect | null = null;
    for (const [k, c] of model.cells) {
      if (blank(c) && c.fill.pattern === NONE) continue;
      const [r, col] = k.split(",").map(Number);
      rect = rect
        ? {
            top: Math.min(rect.top, r),
            left: Math.min(rect.left, col),
            bottom: Math.max(rect.bottom, r),
            right: Math.max(rect.right, col),
          }
        : { top: r, left: col, bottom: r, right: col };
    }
    return rect ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }

  private each(rect: Rect, fn: (r: number, c: number) => void): void {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
  }

  private mergeAt(model: SheetModel, r: number, c: number): Rect | undefined {
    return model.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }

  private guardValues(model: SheetModel, rect: Rect): void {
    if (!model.protected) return;
    this.each(rect, (r, c) => {
      if (model.cells.get(key(r, c))?.locked ?? true) throw new Error("the cell is on a protected sheet");
    });
  }

  private guardFormat(model: SheetModel): void {
    if (model.protected && !model.allowFormatting) throw new Error("the sheet is protected");
  }

  private range(model: SheetModel, rect: Rect): unknown {
    const fake = this;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const single = rows === 1 && cols === 1;
    const cellOf = (r: number, c: number) => fake.cell(model, r, c);
    const raw = (r: number, c: number): unknown => {
      const cell = model.cells.get(key(r, c));
      if (!cell || blank(cell)) return undefined;
      return cell.error ? COM_ERROR_BASE + CVERR[cell.error] : cell.value;
    };
    const uniform = <T>(get: (cell: Cell) => T): T | null => {
      const seen = new Set<T>();
      fake.each(rect, (r, c) => seen.add(get(model.cells.get(key(r, c)) ?? freshCell())));
      return seen.size === 1 ? [...seen][0] : null;
    };
    const interior = strict("Interior", {
      get Color() {
        return uniform((c) => (c.fill.pattern === NONE ? WHITE : c.fill.color)) as number;
      },
      set Color(v: number) {
        fake.guardFormat(model);
        fake.each(rect, (r, c) => {
          const f = cellOf(r, c).fill;
          f.color = v;
          if (f.pattern === NONE) f.pattern = SOLID;
        });
      },
      get Pattern() {
        return uniform((c) => c.fill.pattern) as number;
      },
      set Pattern(v: number) {
        fake.guardFormat(model);
        fake.each(rect, (r, c) => {
          const f = cellOf(r, c).fill;
          f.pattern = v;
          if (v === NONE) Object.assign(f, { color: WHITE, patternColor: 0 });
        });
      },
      get PatternColor() {
        return uniform((c) => c.fill.patternColor) as number;
      },
      set PatternColor(v: number) {
        fake.guardFormat(model);
        fake.each(rect, (r, c) => void (cellOf(r, c).fill.patternColor = v));
      },
    });
    const font = strict("Font", {
      set Bold(v: boolean) {
        fake.guardFormat(model);
        fake.each(rect, (r, c) => void (cellOf(r, c).bold = v));
      },
    });
    const borders = strict("Borders", {
      set LineStyle(_v: number) {
        fake.guardFormat(model);
      },
    });
    const count = (n: number) =>
      strict("Range", {
        get Count() {
          return n;
        },
      });
    return strict("Range", {
      get Value2() {
        if (single) return raw(rect.top, rect.left);
        const out: unknown[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const line: unknown[] = [];
          for (let c = rect.left; c <= rect.right; c++) line.push(raw(r, c));
          out.push(line);
        }
        // WPS 12.1 hands a single row or a single column over as a flat array.
        if (rows === 1) return out[0];
        if (cols === 1) return out.map((l) => l[0]);
        return out;
      },
      set Value2(v: unknown) {
        fake.guardValues(model, rect);
        fake.each(rect, (r, c) => {
          const x = Array.isArray(v) ? (v[r - rect.top] as unknown[] | undefined)?.[c - rect.left] : v;
          if (Array.isArray(v) && !Array.isArray(v[r - rect.top]))
            throw new Error("Value2 = needs rows of values");
          const cell = cellOf(r, c);
          cell.error = undefined;
          cell.value =
            x === "" || x === undefined || x === null
              ? undefined
              : cell.numberFormat === "@"
                ? String(x)
                : (x as number | string | boolean);
        });
        fake.fire("SheetChange", model, rect);
      },
      get Text() {
        if (!single) return null;
        const cell = model.cells.get(key(rect.top, rect.left));
        return cell?.error ?? (cell?.value === undefined ? "" : String(cell.value));
      },
      get Row() {
        return rect.top + 1;
      },
      get Column() {
        return rect.left + 1;
      },
      get Rows() {
        return count(rows);
      },
      get Columns() {
        return count(cols);
      },
      get Count() {
        return rows * cols;
      },
      get MergeCells() {
        let merged = 0;
        fake.each(rect, (r, c) => void (fake.mergeAt(model, r, c) && merged++));
        if (merged === 0) return false;
        const m = fake.mergeAt(model, rect.top, rect.left);
        const whole =
          m &&
          m.top === rect.top &&
          m.left === rect.left &&
          m.bottom === rect.bottom &&
          m.right === rect.right;
        return whole ? true : null;
      },
      get MergeArea() {
        if (!single) throw new Error("MergeArea of a multi-cell range is not modelled");
        return fake.range(model, fake.mergeAt(model, rect.top, rect.left) ?? rect);
      },
      get Interior() {
        return interior;
      },
      get Font() {
        return font;
      },
      get Borders() {
        return borders;
      },
      get EntireColumn() {
        return strict("Range", {
          set ColumnWidth(w: number) {
            for (let c = rect.left; c <= rect.right; c++) model.widths.set(c, w);
          },
        });
      },
      Item(row: number, column: number) {
        if (row < 1 || column < 1) throw new Error("Item is 1-based");
        return fake.range(model, {
          top: rect.top + row - 1,
          left: rect.left + column - 1,
          bottom: rect.top + row - 1,
          right: rect.left + column - 1,
        });
      },
      Address(rowAbsolute = true, columnAbsolute = true) {
        const a = (r: number, c: number) =>
          `${columnAbsolute ? "$" : ""}${colName(c)}${rowAbsolute ? "$" : ""}${r + 1}`;
        return single ? a(rect.top, rect.left) : `${a(rect.top, rect.left)}:${a(rect.bottom, rect.right)}`;
      },
      Select() {
        if (fake.sheets[fake.active] !== model)
          throw new Error("Select: the range is not on the active sheet");
        fake.selected = `${model.name}!${colName(rect.left)}${rect.top + 1}`;
      },
      Merge() {
        fake.guardFormat(model);
        model.merges.push({ ...rect });
      },
      ClearContents() {
        fake.guardValues(model, rect);
        fake.each(rect, (r, c) => {
          const cell = model.cells.get(key(r, c));
          if (cell) Object.assign(cell, { value: undefined, error: undefined });
        });
        fake.fire("SheetChange", model, rect);
      },
      get Locked() {
        return uniform((c) => c.locked) as boolean;
      },
      set Locked(v: boolean) {
        fake.guardFormat(model);
        fake.each(rect, (r, c) => void (cellOf(r, c).locked = v));
      },
      get NumberFormat() {
        return uniform((c) => c.numberFormat) as string;
      },
      set NumberFormat(v: string) {
        fake.guardFormat(model);
        fake.each(rect, (r, c) => void (cellOf(r, c).numberFormat = v));
      },
      set WrapText(_v: boolean) {
        fake.guardFormat(model);
      },
      set VerticalAlignment(_v: number) {
        fake.guardFormat(model);
      },
    });
  }
}

export function createFakeEt(init: FakeEtInit): FakeEt {
  return new FakeEt(init);
}
