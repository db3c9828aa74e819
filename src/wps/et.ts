/**
 * The members of the WPS 表格 (ET) object model this add-in uses, declared here because the published declarations
 * (`et-jsapi-declare`, `wps-jsapi`) are not among the packages this project may install; they are generated from
 * WPS's sources and may be wrong in places anyway (../shared/notes/wps-addin.md). The model is VBA's, synchronous.
 * Behaviour of a real WPS 12.1 as published by projects that ran on it (same notes): collections are read with
 * 1-based `.Item(i)` calls, parameterised properties are calls (`Address(false, false)`), formula errors come back
 * through `Value2` as numeric CVErr codes, a single row or column may come back as a 1-D array, colours are BGR.
 */

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ApiEvent: EtApiEvent;
}

export type SheetChangeHandler = (sheet: EtWorksheet, target: EtRange) => void;

export interface EtApiEvent {
  AddApiEventListener(event: "SheetChange", handler: SheetChangeHandler): void;
  RemoveApiEventListener(event: "SheetChange", handler: SheetChangeHandler): void;
}

export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet | null;
  /** Where the record of our marks lives, so it travels with the saved file like Excel's document settings. */
  readonly CustomDocumentProperties: EtDocumentProperties;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or sheet name. */
  Item(index: number | string): EtWorksheet;
  /** VBA's positional Add(Before, After): a sheet after `after`. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  Activate(): void;
  /** XlSheetVisibility: -1 visible, 0 hidden. */
  Visible: number;
  readonly ProtectContents: boolean;
  /**
   * VBA's positional Protect(Password, DrawingObjects, Contents, Scenarios, UserInterfaceOnly, AllowFormattingCells,
   * AllowFormattingColumns, AllowFormattingRows).
   */
  Protect(
    password?: string,
    drawingObjects?: boolean,
    contents?: boolean,
    scenarios?: boolean,
    userInterfaceOnly?: boolean,
    allowFormattingCells?: boolean,
    allowFormattingColumns?: boolean,
    allowFormattingRows?: boolean,
  ): void;
}

export interface EtRange {
  /** A scalar for one cell, else rows of values (or one flat row: the 1-D quirk); errors as CVErr numbers. */
  Value2: unknown;
  /** What the cell shows, e.g. "#DIV/0!". */
  readonly Text: unknown;
  /** 1-based. */
  readonly Row: number;
  /** 1-based. */
  readonly Column: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Count: number;
  /** True when the whole range is one merge, false when nothing in it is merged, null when mixed. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: { Bold: boolean };
  readonly Borders: { LineStyle: number };
  readonly EntireColumn: EtRange;
  /** A cell of this range, 1-based from its top-left. */
  Item(row: number, column: number): EtRange;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Select(): void;
  Merge(across?: boolean): void;
  ClearContents(): void;
  Locked: boolean | null;
  NumberFormat: unknown;
  WrapText: boolean | null;
  ColumnWidth: number;
  VerticalAlignment: number;
}

export interface EtInterior {
  /** BGR: 0xBBGGRR. */
  Color: number;
  /** XlPattern: 1 solid, -4142 none. */
  Pattern: number;
  PatternColor: number;
}

export interface EtDocumentProperties {
  readonly Count: number;
  Item(index: number | string): EtDocumentProperty;
  /** Office's positional Add(Name, LinkToContent, Type, Value); Type 4 is msoPropertyTypeString. */
  Add(name: string, linkToContent: boolean, type: number, value: string): EtDocumentProperty;
}

export interface EtDocumentProperty {
  readonly Name: string;
  readonly Value: unknown;
  Delete(): void;
}

/** Constants of the object model (VBA's enumerations), named as in VBA. */
export const XL = {
  none: -4142,
  solid: 1,
  continuous: 1,
  center: -4108,
  sheetHidden: 0,
  propertyTypeString: 4,
} as const;

/** A task pane (`Application.CreateTaskPane(url)`): a webview docked beside the sheet. */
export interface EtTaskPane {
  readonly ID: number | string;
  Visible: boolean;
}

/** What the add-in's own pages get besides the spreadsheet: task panes and storage shared by those pages. */
export interface EtAddinApplication extends EtApplication {
  CreateTaskPane(url: string): EtTaskPane;
  GetTaskPane(id: number | string): EtTaskPane;
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
}

interface WpsGlobal {
  Application?: EtAddinApplication;
  wps?: { EtApplication?: () => EtAddinApplication };
}

/** The running WPS 表格, or null outside WPS: the global `Application`, else the older `wps.EtApplication()`. */
export function etApplication(): EtAddinApplication | null {
  const g = globalThis as unknown as WpsGlobal;
  if (g.Application) return g.Application;
  return typeof g.wps?.EtApplication === "function" ? g.wps.EtApplication() : null;
}

/** The members of a 1-based collection, in order. */
export function items<T>(collection: { readonly Count: number; Item(index: number): T }): T[] {
  const out: T[] = [];
  for (let i = 1; i <= collection.Count; i++) out.push(collection.Item(i));
  return out;
}
