import { API_LEVELS, ARGUMENT_LEVELS, atLeast } from "./api-levels";
import {
  addressOf,
  addSheet,
  cellAt,
  cellFor,
  cellsIn,
  intersects,
  MAX_ROWS,
  parseRect,
  type Rect,
  type Scalar,
  type SimConditionalFormat,
  type SimSheet,
  type SimValidation,
  type SimWorkbook,
  sheetById,
  sheetByName,
  usedRect,
  WHOLE_SHEET,
} from "./model";

/**
 * The Rich API interpreter: runs one batch (the JSON body office.js posts for each `context.sync()`) against the
 * simulated workbook and answers as Excel does. Wire names are PascalCase (`GetRange`, `Values`); the level table
 * and the typings use camelCase.
 */

export interface RichRequest {
  Actions?: RichAction[];
  ObjectPaths?: Record<string, ObjectPath>;
}

export interface RichAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

export interface RichError {
  Code: string;
  Message: string;
  Location: string;
  HttpStatusCode: number;
  ActionIndex?: number;
}

export interface RichResponse {
  Results: Array<{ ActionId: number; Value: unknown }>;
  TraceIds: number[];
  Error?: RichError;
}

type Obj =
  | { t: "Workbook" }
  | { t: "WacWorkbook" }
  | { t: "AddinInternalService" }
  | { t: "WorksheetCollection" }
  | { t: "Worksheet"; sheet: SimSheet }
  | { t: "WorksheetProtection"; sheet: SimSheet }
  | { t: "Range"; sheet: SimSheet; rect: Rect }
  | {
      t: "RangeFormat" | "RangeFill" | "RangeFont" | "RangeBorderCollection" | "FormatProtection";
      sheet: SimSheet;
      rect: Rect;
    }
  | { t: "RangeBorder"; sheet: SimSheet; rect: Rect; edge: string }
  | { t: "RangeAreas"; sheet: SimSheet; rects: Rect[] }
  | { t: "ConditionalFormatCollection"; sheet: SimSheet; rect: Rect }
  | {
      t:
        | "ConditionalFormat"
        | "CustomConditionalFormat"
        | "ConditionalFormatRule"
        | "ConditionalRangeFormat"
        | "ConditionalRangeFill";
      sheet: SimSheet;
      cf: SimConditionalFormat;
    }
  | { t: "SettingCollection" }
  | { t: "Setting"; key: string }
  | { t: "DataValidation"; sheet: SimSheet; rect: Rect };

/** What a batch did that the host must act on after answering: events to push, workbooks opened. */
export interface BatchEffects {
  /** Cells whose values changed, per sheet id, for onChanged and binding events. */
  changed: Array<{ sheetId: string; rect: Rect }>;
  added: string[];
  writes: WriteRecord[];
  registrations: Array<{
    kind: "sheetChanged" | "workbookChanged" | "sheetAdded";
    target: string;
    on: boolean;
  }>;
}

export interface WriteRecord {
  what: string;
  sheet?: string;
  address?: string;
  value?: unknown;
}

export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** A use the simulator does not implement: it fails the batch and the run, so a new API use cannot pass unseen. */
export class Unimplemented extends HostError {
  constructor(what: string) {
    super("NotImplemented", `excel-sim does not implement ${what}`, what, 501);
  }
}

const API_NOT_FOUND =
  "The API you are trying to use could not be found. It may be available in a newer version of Excel. See the Excel JavaScript API requirement sets article for more information.";
const NOT_FOUND = "The requested resource doesn't exist.";

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export class Interpreter {
  /** Objects office.js asked Excel to keep (`_KeepReference`), by the reference id handed back for them. */
  private readonly refs = new Map<string, Obj | null>();
  private nextRef = 1;

  constructor(
    private readonly book: SimWorkbook,
    private readonly level: string,
  ) {}

  /** Refuses what an Excel of the advertised level does not have, and what the simulator does not know. */
  private need(type: string, member: string, argument?: string): void {
    const key = `${type}.${lower(member)}`;
    const level = API_LEVELS[key];
    if (!level) throw new Unimplemented(key);
    if (!atLeast(this.level, level)) throw new HostError("ApiNotFound", API_NOT_FOUND, key);
    if (argument) {
      const extra = ARGUMENT_LEVELS[`${key}${argument}`];
      if (extra && !atLeast(this.level, extra)) throw new HostError("ApiNotFound", API_NOT_FOUND, key);
    }
  }

  run(body: RichRequest, customData: string): { response: RichResponse; effects: BatchEffects } {
    const effects: BatchEffects = { changed: [], added: [], writes: [], registrations: [] };
    const paths = body.ObjectPaths ?? {};
    const cache = new Map<number, Obj | null>();
    const resolve = (id: number): Obj | null => {
      if (cache.has(id)) return cache.get(id)!;
      const p = paths[String(id)];
      if (!p) throw new HostError("InvalidArgument", `unknown object path ${id}`, "ObjectPath");
      const parent = p.ParentObjectPathId !== undefined ? resolve(p.ParentObjectPathId) : null;
      const args = p.ArgumentInfo?.Arguments ?? [];
      let o: Obj | null;
      switch (p.ObjectPathType) {
        case 1:
          o = customData === "WacPartition" ? { t: "WacWorkbook" } : { t: "Workbook" };
          break;
        case 2:
          if (p.Name !== "Microsoft.InternalService.AddinInternalService")
            throw new Unimplemented(`new ${p.Name}`);
          o = { t: "AddinInternalService" };
          break;
        case 3:
          o = this.callForObject(live(parent, p.Name), p.Name, args, effects);
          break;
        case 4:
          o = this.property(live(parent, p.Name), p.Name);
          break;
        case 5:
          o = this.indexer(live(parent, "indexer"), args);
          break;
        case 6:
          if (!this.refs.has(p.Name))
            throw new HostError("InvalidObjectPath", "The object path isn't working.", p.Name);
          o = this.refs.get(p.Name)!;
          break;
        default:
          throw new Unimplemented(`ObjectPathType ${p.ObjectPathType}`);
      }
      cache.set(id, o);
      return o;
    };
    const results: RichResponse["Results"] = [];
    const traceIds: number[] = [];
    const actions = body.Actions ?? [];
    if (this.book.cellEditMode) {
      const Message = "The requested operation can't be performed while Excel is in cell-editing mode.";
      const Error = { Code: "InvalidOperationInCellEditMode", Message, Location: "", HttpStatusCode: 500 };
      return { response: { Results: [], TraceIds: [], Error }, effects };
    }
    /** Reference ids handed out in this batch, by object path: later instantiations report them. */
    const kept = new Map<number, string>();
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i];
      try {
        const args = a.ArgumentInfo?.Arguments ?? [];
        switch (a.ActionType) {
          case 1: {
            const o = resolve(a.ObjectPathId);
            const ref = kept.get(a.ObjectPathId);
            results.push({
              ActionId: a.Id,
              Value: o === null ? null : { ...this.identity(o), ...(ref ? { _ReferenceId: ref } : {}) },
            });
            break;
          }
          case 2: {
            // Loading a null object answers null: office.js then reports isNullObject.
            const o = resolve(a.ObjectPathId);
            results.push({ ActionId: a.Id, Value: o === null ? null : this.query(o, a.QueryInfo?.Select) });
            break;
          }
          case 3: {
            const o = resolve(a.ObjectPathId);
            if (a.Name === "_KeepReference") {
              // Excel keeps the object and hands back an id: office.js then addresses it by that id in later
              // batches of the same Excel.run (ObjectPathType 6). Null objects are kept as null.
              const ref = kept.get(a.ObjectPathId) ?? `{excel-sim-ref}${this.nextRef++}`;
              kept.set(a.ObjectPathId, ref);
              this.refs.set(ref, o);
              results.push({ ActionId: a.Id, Value: null });
              break;
            }
            if (a.Name === "_RemoveReference") {
              // office.js releases what it kept when its Excel.run ends, in a batch of its own.
              this.refs.delete(String(args[0]));
              results.push({ ActionId: a.Id, Value: null });
              break;
            }
            results.push({ ActionId: a.Id, Value: this.call(live(o, a.Name), a.Name, args, effects) });
            break;
          }
          case 4:
            this.set(live(resolve(a.ObjectPathId), a.Name), a.Name, args[0], effects);
            break;
          case 5:
            traceIds.push(a.Id);
            results.push({ ActionId: a.Id, Value: null });
            break;
          default:
            throw new Unimplemented(`ActionType ${a.ActionType}`);
        }
      } catch (e) {
        const err =
          e instanceof HostError
            ? { Code: e.code, Message: e.message, Location: e.location, HttpStatusCode: e.status }
            : { Code: "GeneralException", Message: String(e), Location: "", HttpStatusCode: 500 };
        return {
          response: { Results: results, TraceIds: traceIds, Error: { ...err, ActionIndex: i } },
          effects,
        };
      }
    }
    return { response: { Results: results, TraceIds: traceIds }, effects };
  }

  /** What Excel answers to an instantiation: worksheets carry their id, so office.js addresses them by it. */
  private identity(o: Obj): Record<string, unknown> {
    if (o.t === "Worksheet") return { Id: o.sheet.id };
    return {};
  }

  private property(o: Obj, name: string): Obj | null {
    this.need(o.t, name);
    const member = lower(name);
    switch (`${o.t}.${member}`) {
      case "Workbook.worksheets":
        return { t: "WorksheetCollection" };
      case "Workbook.settings":
        return { t: "SettingCollection" };
      case "Worksheet.protection":
        return { t: "WorksheetProtection", sheet: (o as { sheet: SimSheet }).sheet };
    }
    if (o.t === "Range" || o.t === "RangeFormat") {
      const target = { sheet: o.sheet, rect: o.rect };
      if (o.t === "Range" && member === "format") return { t: "RangeFormat", ...target };
      if (o.t === "Range" && member === "conditionalFormats")
        return { t: "ConditionalFormatCollection", ...target };
      if (o.t === "Range" && member === "dataValidation") return { t: "DataValidation", ...target };
      if (o.t === "RangeFormat" && member === "fill") return { t: "RangeFill", ...target };
      if (o.t === "RangeFormat" && member === "font") return { t: "RangeFont", ...target };
      if (o.t === "RangeFormat" && member === "borders") return { t: "RangeBorderCollection", ...target };
      if (o.t === "RangeFormat" && member === "protection") return { t: "FormatProtection", ...target };
    }
    if (o.t === "ConditionalFormat") {
      const custom = o.cf.type === "Custom";
      if (member === "custom") {
        if (!custom)
          throw new HostError(
            "InvalidOperation",
            "The conditional format is not of this type.",
            "ConditionalFormat.custom",
          );
        return { t: "CustomConditionalFormat", sheet: o.sheet, cf: o.cf };
      }
      if (member === "customOrNullObject")
        return custom ? { t: "CustomConditionalFormat", sheet: o.sheet, cf: o.cf } : null;
    }
    if (o.t === "CustomConditionalFormat" && member === "rule")
      return { t: "ConditionalFormatRule", sheet: o.sheet, cf: o.cf };
    if (o.t === "CustomConditionalFormat" && member === "format")
      return { t: "ConditionalRangeFormat", sheet: o.sheet, cf: o.cf };
    if (o.t === "ConditionalRangeFormat" && member === "fill")
      return { t: "ConditionalRangeFill", sheet: o.sheet, cf: o.cf };
    throw new Unimplemented(`${o.t}.${member} (navigation)`);
  }

  /** `getItem(x)` travels as an indexer path. */
  private indexer(o: Obj, args: unknown[]): Obj | null {
    this.need(o.t, "getItem");
    const key = String(args[0]);
    switch (o.t) {
      case "WorksheetCollection": {
        const sheet = sheetByName(this.book, key) ?? sheetById(this.book, key);
        if (!sheet) throw new HostError("ItemNotFound", NOT_FOUND, "WorksheetCollection.getItem", 404);
        return { t: "Worksheet", sheet };
      }
      case "ConditionalFormatCollection": {
        // The id is the priority: the rule at that place in the sheet's list now.
        const list = this.cfsOn(o.sheet, o.rect);
        const cf = /^\d+$/.test(key) ? list[Number(key)] : undefined;
        if (!cf) throw new HostError("ItemNotFound", NOT_FOUND, "ConditionalFormatCollection.getItem", 404);
        return { t: "ConditionalFormat", sheet: o.sheet, cf };
      }
      case "RangeBorderCollection":
        return { t: "RangeBorder", sheet: o.sheet, rect: o.rect, edge: key };
      case "SettingCollection": {
        if (!this.book.settings.has(key))
          throw new HostError("ItemNotFound", NOT_FOUND, "SettingCollection.getItem", 404);
        return { t: "Setting", key };
      }
    }
    throw new Unimplemented(`${o.t}.getItem`);
  }

  private cfsOn(sheet: SimSheet, rect: Rect): SimConditionalFormat[] {
    return sheet.cfs.filter((cf) => cf.ranges.some((r) => intersects(r, rect)));
  }

  private callForObject(o: Obj, name: string, args: unknown[], effects: BatchEffects): Obj | null {
    const member = lower(name);
    if (o.t === "WorksheetCollection") {
      this.need(o.t, member);
      if (member === "getActiveWorksheet")
        return { t: "Worksheet", sheet: sheetById(this.book, this.book.activeSheetId)! };
      if (member === "add") return { t: "Worksheet", sheet: this.addSheet(args[0], effects) };
    }
    if (o.t === "Worksheet") {
      if (member === "getRange") {
        this.need(o.t, member);
        const address = args[0];
        if (address === null || address === undefined || address === "")
          return { t: "Range", sheet: o.sheet, rect: WHOLE_SHEET };
        const rect = parseRect(String(address));
        if (!rect)
          throw new HostError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format.",
            "Worksheet.getRange",
          );
        return { t: "Range", sheet: o.sheet, rect };
      }
      if (member === "getUsedRange") {
        const valuesOnly = args[0] === true;
        this.need(o.t, member, args[0] !== null && args[0] !== undefined ? "(valuesOnly)" : undefined);
        // "If the entire worksheet is blank, this function will return the top left cell."
        const rect = usedRect(o.sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 };
        return { t: "Range", sheet: o.sheet, rect };
      }
    }
    if (o.t === "Range") {
      this.need(o.t, member);
      if (member === "getMergedAreasOrNullObject") {
        const rects = o.sheet.merges.filter((m) => intersects(m, o.rect));
        return rects.length > 0 ? { t: "RangeAreas", sheet: o.sheet, rects } : null;
      }
      if (member === "getEntireColumn")
        return { t: "Range", sheet: o.sheet, rect: { ...o.rect, top: 0, bottom: MAX_ROWS - 1 } };
    }
    if (o.t === "ConditionalFormatCollection" && member === "add") {
      this.need(o.t, member);
      return {
        t: "ConditionalFormat",
        sheet: o.sheet,
        cf: this.addCf(o.sheet, o.rect, String(args[0]), effects),
      };
    }
    if (o.t === "SettingCollection") {
      this.need(o.t, member);
      const key = String(args[0]);
      if (member === "getItemOrNullObject") return this.book.settings.has(key) ? { t: "Setting", key } : null;
      if (member === "add") {
        this.book.settings.set(key, args[1]);
        effects.writes.push({ what: "setting", address: key, value: args[1] });
        return { t: "Setting", key };
      }
    }
    throw new Unimplemented(`${o.t}.${member}()`);
  }

  private addSheet(name: unknown, effects: BatchEffects): SimSheet {
    let n = this.book.sheets.length + 1;
    while (sheetByName(this.book, `Sheet${n}`)) n++;
    const wanted = name === null || name === undefined ? `Sheet${n}` : String(name);
    if (wanted.length > 31 || /[[\]:*?/\\]/.test(wanted) || /^'|'$/.test(wanted) || wanted.trim() === "")
      throw new HostError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
        "WorksheetCollection.add",
      );
    if (sheetByName(this.book, wanted))
      throw new HostError(
        "ItemAlreadyExists",
        "The resource already exists.",
        "WorksheetCollection.add",
        409,
      );
    const sheet = addSheet(this.book, wanted);
    effects.added.push(sheet.id);
    effects.writes.push({ what: "addSheet", sheet: wanted });
    return sheet;
  }

  private addCf(sheet: SimSheet, rect: Rect, type: string, effects: BatchEffects): SimConditionalFormat {
    if (type !== "Custom") throw new Unimplemented(`ConditionalFormatCollection.add("${type}")`);
    this.guardFormat(sheet, "ConditionalFormatCollection.add");
    const cf: SimConditionalFormat = {
      key: this.book.nextCfKey++,
      ranges: [rect],
      type: "Custom",
      formula: null,
      fill: null,
    };
    // A new rule goes to the top of the sheet's list (priority 0), as in Excel's rule manager.
    sheet.cfs.unshift(cf);
    effects.writes.push({ what: "addConditionalFormat", sheet: sheet.name, address: addressOf(sheet, rect) });
    return cf;
  }

  private guardFormat(sheet: SimSheet, where: string): void {
    if (sheet.protected && !sheet.allowFormatCells)
      throw new HostError(
        "AccessDenied",
        "The cell or chart you're trying to change is protected and therefore read-only.",
        where,
        403,
      );
  }

  private query(o: Obj, select: string[] | undefined): unknown {
    if (
      o.t === "WorksheetCollection" ||
      o.t === "ConditionalFormatCollection" ||
      o.t === "SettingCollection"
    ) {
      this.need(o.t, "items");
      const items: Obj[] =
        o.t === "WorksheetCollection"
          ? this.book.sheets.map((sheet) => ({ t: "Worksheet", sheet }))
          : o.t === "SettingCollection"
            ? [...this.book.settings.keys()].map((key) => ({ t: "Setting", key }))
            : this.cfsOn(o.sheet, o.rect).map((cf) => ({ t: "ConditionalFormat", sheet: o.sheet, cf }));
      return { _Items: items.map((item) => this.fields(item, select, true)) };
    }
    return this.fields(o, select, false);
  }

  /** The selected properties, PascalCase, nested for "a/b/c" paths; null for a null object on the way. */
  private fields(o: Obj, select: string[] | undefined, asItem: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (asItem && (o.t === "Worksheet" || o.t === "ConditionalFormat")) out.Id = this.scalar(o, "id");
    if (!select) throw new Unimplemented(`${o.t}.load() without properties`);
    for (const path of select) {
      const parts = path.split("/");
      let target: Obj | null = o;
      let into = out;
      for (let i = 0; i < parts.length - 1 && target; i++) {
        const key = upper(parts[i]);
        target = this.property(target, parts[i]);
        if (target === null) {
          into[key] = null;
          break;
        }
        into = (into[key] as Record<string, unknown>) ?? (into[key] = {});
      }
      if (target) into[upper(parts[parts.length - 1])] = this.scalar(target, parts[parts.length - 1]);
    }
    return out;
  }

  private scalar(o: Obj, name: string): unknown {
    const member = lower(name);
    this.need(o.t, member);
    switch (o.t) {
      case "Worksheet":
        if (member === "name") return o.sheet.name;
        if (member === "id") return o.sheet.id;
        if (member === "visibility") return o.sheet.visibility;
        break;
      case "WorksheetProtection":
        if (member === "protected") return o.sheet.protected;
        break;
      case "Range":
        return this.rangeScalar(o.sheet, o.rect, member);
      case "RangeFill":
        if (member === "color") return this.fillColor(o.sheet, o.rect);
        break;
      case "FormatProtection":
        if (member === "locked") return this.uniform(o.sheet, o.rect, (c) => c?.locked ?? true);
        break;
      case "RangeAreas":
        // "Sheet1!A1:B4, Sheet1!D1:D4"
        if (member === "address") return o.rects.map((r) => addressOf(o.sheet, r)).join(", ");
        break;
      case "ConditionalFormat":
        if (member === "id") return String(o.sheet.cfs.indexOf(o.cf));
        if (member === "type") return o.cf.type === "Custom" ? "Custom" : "Unknown";
        break;
      case "ConditionalFormatRule":
        if (member === "formula") return o.cf.formula;
        break;
      case "ConditionalRangeFill":
        if (member === "color") return o.cf.fill;
        break;
      case "DataValidation":
        return this.validationScalar(o.sheet, o.rect, member);
      case "Setting":
        if (member === "key") return o.key;
        if (member === "value") return this.book.settings.get(o.key);
        break;
    }
    throw new Unimplemented(`${o.t}.${member} (read)`);
  }

  /** A range's data validation: one rule over all its cells, "None" without, "Inconsistent" when they differ. */
  private validationScalar(sheet: SimSheet, rect: Rect, member: string): unknown {
    const seen = new Set<string>();
    let first: SimValidation | undefined;
    for (const [r, c] of cellsIn(rect)) {
      const v = cellAt(sheet, r, c)?.validation;
      first ??= v;
      seen.add(JSON.stringify(v ?? null));
    }
    if (member === "type") {
      if (seen.size > 1) return "Inconsistent";
      const kind = first?.rule ? Object.keys(first.rule)[0] : undefined;
      return kind ? kind[0].toUpperCase() + kind.slice(1) : "None";
    }
    if (seen.size > 1) return null;
    if (member === "prompt") return first?.prompt ?? { showPrompt: true, title: "", message: "" };
    if (member === "errorAlert")
      return first?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
    if (member === "rule") return first?.rule ?? {};
    if (member === "ignoreBlanks") return first?.ignoreBlanks ?? true;
    throw new Unimplemented(`DataValidation.${member} (read)`);
  }

  private rangeScalar(sheet: SimSheet, rect: Rect, member: string): unknown {
    const big = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000;
    const grid = <T>(f: (r: number, c: number) => T): T[][] => {
      if (big)
        throw new HostError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit.",
          `Range.${member}`,
          413,
        );
      const rows: T[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: T[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
        rows.push(row);
      }
      return rows;
    };
    switch (member) {
      case "values":
        return grid((r, c) => cellAt(sheet, r, c)?.value ?? "");
      case "valueTypes":
        return grid((r, c) => valueType(cellAt(sheet, r, c)?.value ?? null, !!cellAt(sheet, r, c)?.error));
      case "formulas":
        return grid((r, c) => cellAt(sheet, r, c)?.formula ?? cellAt(sheet, r, c)?.value ?? "");
      case "numberFormat":
        return grid((r, c) => cellAt(sheet, r, c)?.numberFormat ?? "General");
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "address":
        return addressOf(sheet, rect);
    }
    throw new Unimplemented(`Range.${member} (read)`);
  }

  /** Excel reads "no fill" as white (office-js#6218) and a range of several fills as null. */
  private fillColor(sheet: SimSheet, rect: Rect): string | null {
    return this.uniform(sheet, rect, (c) => (c?.fill ?? "#FFFFFF").toUpperCase());
  }

  private uniform<T>(sheet: SimSheet, rect: Rect, f: (c: ReturnType<typeof cellAt>) => T): T | null {
    let first: T | undefined;
    for (const [r, c] of cellsIn(rect)) {
      const v = f(cellAt(sheet, r, c));
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
    return first ?? null;
  }

  private set(o: Obj, name: string, value: unknown, effects: BatchEffects): void {
    const member = lower(name);
    this.need(o.t, member, o.t === "Worksheet" && member === "visibility" ? "=" : undefined);
    const record = (what: string, sheet: SimSheet, rect: Rect): void => {
      effects.writes.push({ what, sheet: sheet.name, address: addressOf(sheet, rect), value });
    };
    switch (`${o.t}.${member}`) {
      case "Range.values":
      case "Range.numberFormat": {
        const { sheet, rect } = o as { sheet: SimSheet; rect: Rect };
        this.writeGrid(sheet, rect, value, member, effects);
        record(member, sheet, rect);
        return;
      }
      case "RangeFill.color":
      case "RangeFont.bold":
      case "RangeFormat.wrapText":
      case "RangeFormat.verticalAlignment":
      case "RangeFormat.columnWidth":
      case "FormatProtection.locked": {
        const { sheet, rect } = o as { sheet: SimSheet; rect: Rect };
        this.guardFormat(sheet, `${o.t}.${member}`);
        if (member === "columnWidth") {
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, Number(value));
        } else {
          if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 100_000)
            throw new Unimplemented(`${o.t}.${member} on more than 100000 cells`);
          for (const [r, c] of cellsIn(rect)) {
            const cell = cellFor(sheet, r, c);
            if (member === "color") cell.fill = normalColor(value);
            else if (member === "bold") cell.bold = value === true;
            else if (member === "wrapText") cell.wrap = value === true;
            else if (member === "verticalAlignment") cell.verticalAlignment = String(value);
            else cell.locked = value !== false;
          }
        }
        record(member, sheet, rect);
        return;
      }
      case "DataValidation.rule":
      case "DataValidation.prompt":
      case "DataValidation.errorAlert":
      case "DataValidation.ignoreBlanks": {
        const { sheet, rect } = o as { sheet: SimSheet; rect: Rect };
        if (sheet.protected)
          throw new HostError(
            "AccessDenied",
            "The cell or chart you're trying to change is protected and therefore read-only.",
            `DataValidation.${member}`,
            403,
          );
        for (const [r, c] of cellsIn(rect)) {
          const cell = cellFor(sheet, r, c);
          cell.validation = { ...cell.validation, [member]: value };
        }
        record(`dataValidation.${member}`, sheet, rect);
        return;
      }
      case "RangeBorder.style": {
        const b = o as { sheet: SimSheet; rect: Rect; edge: string };
        this.guardFormat(b.sheet, "RangeBorder.style");
        for (const [r, c] of cellsIn(b.rect)) {
          const cell = cellFor(b.sheet, r, c);
          if (!cell.borders.includes(b.edge)) cell.borders.push(b.edge);
        }
        record(`border${b.edge}`, b.sheet, b.rect);
        return;
      }
      case "Worksheet.visibility": {
        const { sheet } = o as { sheet: SimSheet };
        sheet.visibility = value as SimSheet["visibility"];
        effects.writes.push({ what: "visibility", sheet: sheet.name, value });
        return;
      }
      case "ConditionalFormatRule.formula":
      case "ConditionalRangeFill.color": {
        const { sheet, cf } = o as { sheet: SimSheet; cf: SimConditionalFormat };
        if (member === "formula") cf.formula = String(value);
        else cf.fill = normalColor(value);
        effects.writes.push({ what: `conditionalFormat.${member}`, sheet: sheet.name, value });
        return;
      }
    }
    throw new Unimplemented(`${o.t}.${member} (write)`);
  }

  private writeGrid(
    sheet: SimSheet,
    rect: Rect,
    value: unknown,
    member: string,
    effects: BatchEffects,
  ): void {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    const isGrid = Array.isArray(value);
    if (isGrid) {
      const g = value as unknown[][];
      if (g.length !== rows || g.some((row) => !Array.isArray(row) || row.length !== cols))
        throw new HostError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          `Range.${member}`,
        );
    }
    const at = (r: number, c: number): unknown =>
      isGrid ? (value as unknown[][])[r - rect.top][c - rect.left] : value;
    if (member === "values") {
      if (sheet.protected) {
        for (const [r, c] of cellsIn(rect))
          if (cellAt(sheet, r, c)?.locked ?? true)
            throw new HostError(
              "AccessDenied",
              "The cell or chart you're trying to change is protected and therefore read-only.",
              "Range.values",
              403,
            );
      }
      for (const [r, c] of cellsIn(rect)) {
        const cell = cellFor(sheet, r, c);
        const v = at(r, c);
        if (v === null) continue; // null leaves the cell as it is
        cell.formula = undefined;
        cell.error = undefined;
        cell.value = entered(v, cell.numberFormat);
        if (typeof v === "string" && v.startsWith("=")) throw new Unimplemented("writing a formula");
      }
      effects.changed.push({ sheetId: sheet.id, rect });
    } else {
      for (const [r, c] of cellsIn(rect)) {
        const v = at(r, c);
        if (v !== null) cellFor(sheet, r, c).numberFormat = String(v);
      }
    }
  }

  private call(o: Obj, name: string, args: unknown[], effects: BatchEffects): unknown {
    const member = lower(name);
    if (o.t === "AddinInternalService" && member === "notifyActionHandlerReady") return null;
    if (o.t === "WacWorkbook" && member === "createAndOpenWorkbook") {
      // Excel.createWorkbook, ExcelApi 1.8; Excel on the web sends it through this service object.
      if (!atLeast(this.level, "1.8"))
        throw new HostError("ApiNotFound", API_NOT_FOUND, "Excel.createWorkbook");
      this.book.created.push(String(args[0]));
      effects.writes.push({ what: "createWorkbook", value: `${String(args[0]).length} base64 chars` });
      return null;
    }
    if (member === "_RegisterDataChangedEvent" || member === "_UnregisterDataChangedEvent") {
      const on = member.startsWith("_Register");
      if (o.t === "Worksheet") {
        this.need(o.t, "onChanged");
        effects.registrations.push({ kind: "sheetChanged", target: o.sheet.id, on });
        return null;
      }
      if (o.t === "WorksheetCollection") {
        this.need(o.t, "onChanged");
        effects.registrations.push({ kind: "workbookChanged", target: "Workbook", on });
        return null;
      }
    }
    if (
      o.t === "WorksheetCollection" &&
      (member === "_RegisterAddedEvent" || member === "_UnregisterAddedEvent")
    ) {
      this.need(o.t, "onAdded");
      effects.registrations.push({
        kind: "sheetAdded",
        target: "Workbook",
        on: member === "_RegisterAddedEvent",
      });
      return null;
    }
    this.need(o.t, member);
    switch (`${o.t}.${member}`) {
      case "Worksheet.activate": {
        const { sheet } = o as { sheet: SimSheet };
        if (sheet.visibility !== "Visible")
          throw new HostError(
            "InvalidOperation",
            "The current operation is not allowed on a hidden worksheet.",
            "Worksheet.activate",
          );
        this.book.activeSheetId = sheet.id;
        return null;
      }
      case "Range.select": {
        const { sheet, rect } = o as { sheet: SimSheet; rect: Rect };
        // Excel selects on the active sheet only: selecting elsewhere fails.
        if (sheet.id !== this.book.activeSheetId)
          throw new HostError(
            "InvalidSelection",
            "The current selection is invalid for this operation.",
            "Range.select",
          );
        this.book.selection = { sheetId: sheet.id, rect };
        return null;
      }
      case "Range.merge": {
        const { sheet, rect } = o as { sheet: SimSheet; rect: Rect };
        if (args[0] === true) throw new Unimplemented("Range.merge(across = true)");
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect)).concat([rect]);
        effects.writes.push({ what: "merge", sheet: sheet.name, address: addressOf(sheet, rect) });
        return null;
      }
      case "Range.clear": {
        const { sheet, rect } = o as { sheet: SimSheet; rect: Rect };
        if (args[0] !== "Contents") throw new Unimplemented(`Range.clear(${JSON.stringify(args[0])})`);
        for (const [r, c] of cellsIn(rect)) {
          const cell = cellAt(sheet, r, c);
          if (cell) Object.assign(cell, { value: null, formula: undefined, error: undefined });
        }
        effects.changed.push({ sheetId: sheet.id, rect });
        effects.writes.push({ what: "clearContents", sheet: sheet.name, address: addressOf(sheet, rect) });
        return null;
      }
      case "DataValidation.clear": {
        const { sheet, rect } = o as { sheet: SimSheet; rect: Rect };
        if (sheet.protected)
          throw new HostError(
            "AccessDenied",
            "The cell or chart you're trying to change is protected and therefore read-only.",
            "DataValidation.clear",
            403,
          );
        for (const [r, c] of cellsIn(rect)) {
          const cell = cellAt(sheet, r, c);
          if (cell) delete cell.validation;
        }
        effects.writes.push({
          what: "dataValidation.clear",
          sheet: sheet.name,
          address: addressOf(sheet, rect),
        });
        return null;
      }
      case "Worksheet.delete": {
        const { sheet } = o as { sheet: SimSheet };
        const visible = this.book.sheets.filter((x) => x.visibility === "Visible" && x !== sheet);
        if (visible.length === 0)
          throw new HostError(
            "InvalidOperation",
            "A workbook must contain at least one visible worksheet.",
            "Worksheet.delete",
          );
        this.book.sheets = this.book.sheets.filter((x) => x !== sheet);
        if (this.book.activeSheetId === sheet.id) this.book.activeSheetId = visible[0].id;
        effects.writes.push({ what: "deleteSheet", sheet: sheet.name });
        return null;
      }
      case "RangeFill.clear": {
        const { sheet, rect } = o as { sheet: SimSheet; rect: Rect };
        this.guardFormat(sheet, "RangeFill.clear");
        for (const [r, c] of cellsIn(rect)) {
          const cell = cellAt(sheet, r, c);
          if (cell) cell.fill = null;
        }
        effects.writes.push({ what: "fill.clear", sheet: sheet.name, address: addressOf(sheet, rect) });
        return null;
      }
      case "WorksheetProtection.protect": {
        const { sheet } = o as { sheet: SimSheet };
        if (sheet.protected)
          throw new HostError(
            "InvalidOperation",
            "The worksheet is already protected.",
            "WorksheetProtection.protect",
          );
        const options = (args[0] ?? {}) as { AllowFormatCells?: boolean; allowFormatCells?: boolean };
        sheet.protected = true;
        sheet.allowFormatCells = !!(options.AllowFormatCells ?? options.allowFormatCells);
        effects.writes.push({ what: "protect", sheet: sheet.name, value: args[0] });
        return null;
      }
      case "ConditionalFormat.delete": {
        const { sheet, cf } = o as { sheet: SimSheet; cf: SimConditionalFormat };
        this.guardFormat(sheet, "ConditionalFormat.delete");
        const i = sheet.cfs.indexOf(cf);
        if (i < 0) throw new HostError("ItemNotFound", NOT_FOUND, "ConditionalFormat.delete", 404);
        sheet.cfs.splice(i, 1);
        effects.writes.push({
          what: "deleteConditionalFormat",
          sheet: sheet.name,
          address: cf.ranges.map((r) => addressOf(sheet, r)).join(", "),
        });
        return null;
      }
      case "Setting.delete": {
        const { key } = o as { key: string };
        this.book.settings.delete(key);
        effects.writes.push({ what: "setting.delete", address: key });
        return null;
      }
    }
    throw new Unimplemented(`${o.t}.${member}()`);
  }
}

function live(o: Obj | null, use: string): Obj {
  if (o === null)
    throw new HostError("InvalidOperation", `The object is a null object; ${use} is not available.`, use);
  return o;
}

function valueType(v: Scalar | null, error: boolean): string {
  if (error) return "Error";
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/** Text typed into a General cell that reads as a number becomes a number, as when a clerk types it. */
function entered(v: unknown, numberFormat: string): Scalar | null {
  if (v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = String(v);
  if (numberFormat !== "@" && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s.trim())) return Number(s);
  return s;
}

const NAMED: Record<string, string> = {
  white: "#FFFFFF",
  black: "#000000",
  red: "#FF0000",
  yellow: "#FFFF00",
};

function normalColor(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  const s = String(v).trim();
  if (NAMED[s.toLowerCase()]) return NAMED[s.toLowerCase()];
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (!hex)
    throw new HostError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      "color",
    );
  return `#${hex[1].toUpperCase()}`;
}
