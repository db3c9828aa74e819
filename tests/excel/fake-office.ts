import { FakeExcel } from "./fake-excel";
import { FakeWorkbook, inRect, parseRect } from "./fake-workbook";

/** A workbook file: its sheets and the add-in settings saved in it. */
export class FakeDocument {
  saved: Record<string, unknown> = {};
  constructor(public wb = new FakeWorkbook()) {}
}

export interface FakeOptions {
  /** Highest ExcelApi 1.x minor version, e.g. 6 for 1.6. */
  maxMinor: number;
  dialogApi?: boolean;
  bindingEvents?: boolean;
  language?: string;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

type Callback = (r: { status: string; value?: unknown; error?: { message: string } }) => void;

export interface FakeDialog {
  url: string;
  closed: boolean;
  handlers: Map<string, (arg: unknown) => void>;
  /** The dialog page calls messageParent. */
  send(message: string): void;
}

/** Everything a test inspects after the code under test ran. */
export class FakeOffice {
  settings: Record<string, unknown>;
  dialogs: FakeDialog[] = [];
  actions = new Map<string, (event: unknown) => unknown>();
  bindings = new Map<string, { sheet: string; address: string; handlers: Array<() => void> }>();
  excel: FakeExcel;
  /** Common API calls that wait for Excel (settings refresh and save, bindings): round trips like a sync. */
  commonCalls = 0;

  constructor(
    public doc: FakeDocument,
    public options: FakeOptions,
  ) {
    this.settings = clone(doc.saved);
    this.excel = new FakeExcel(doc.wb, options.maxMinor);
    // Rich API settings are the document's own: written into the file at once, seen by the Common API too.
    this.excel.settings = {
      read: (k) => this.settings[k],
      write: (k, v) => {
        this.settings[k] = clone(v);
        this.doc.saved[k] = clone(v);
      },
    };
    this.excel.editListeners.push((sheet, row, col) => {
      for (const b of this.bindings.values()) {
        if (b.sheet === sheet && inRect(parseRect(b.address), row, col)) b.handlers.forEach((h) => h());
      }
    });
  }

  isSetSupported(name: string, version?: string): boolean {
    const minor = Number((version ?? "1.1").split(".")[1] ?? 0);
    if (name === "ExcelApi") return minor <= this.options.maxMinor;
    if (name === "DialogApi") return !!this.options.dialogApi;
    if (name === "BindingEvents" || name === "MatrixBindings") return this.options.bindingEvents ?? true;
    return false;
  }

  api(): unknown {
    const done = (cb: Callback | undefined, value?: unknown): void => {
      this.commonCalls++;
      cb?.({ status: "succeeded", value });
    };
    const settings = {
      get: (k: string) => this.settings[k] ?? null,
      set: (k: string, v: unknown) => void (this.settings[k] = clone(v)),
      remove: (k: string) => void delete this.settings[k],
      saveAsync: (cb?: Callback) => {
        this.doc.saved = clone(this.settings);
        done(cb);
      },
      refreshAsync: (cb?: Callback) => {
        this.settings = clone(this.doc.saved);
        done(cb, settings);
      },
    };
    const bindings = {
      addFromNamedItemAsync: (item: string, _type: string, opts: { id: string }, cb?: Callback) => {
        const [sheet, address] = item.split("!");
        const entry = { sheet: sheet.replace(/^'|'$/g, ""), address, handlers: [] as Array<() => void> };
        this.bindings.set(opts.id, entry);
        done(cb, {
          id: opts.id,
          addHandlerAsync: (_e: string, h: () => void, c?: Callback) => (entry.handlers.push(h), done(c)),
        });
      },
      releaseByIdAsync: (id: string, cb?: Callback) => {
        this.bindings.delete(id);
        done(cb);
      },
    };
    const ui = {
      displayDialogAsync: (url: string, _opts: unknown, cb?: Callback) => {
        const dialog: FakeDialog & { addEventHandler: unknown; close: unknown } = {
          url,
          closed: false,
          handlers: new Map(),
          send: (message) => dialog.handlers.get("dialogMessageReceived")?.({ message, origin: undefined }),
          addEventHandler: (type: string, h: (arg: unknown) => void) => dialog.handlers.set(type, h),
          close: () => void (dialog.closed = true),
        };
        this.dialogs.push(dialog);
        done(cb, dialog);
      },
    };
    return {
      context: {
        requirements: { isSetSupported: (n: string, v?: string) => this.isSetSupported(n, v) },
        displayLanguage: this.options.language ?? "zh-CN",
        document: { settings, bindings },
        ui,
      },
      actions: { associate: (name: string, fn: (event: unknown) => unknown) => this.actions.set(name, fn) },
      onReady: async (cb?: () => void) => cb?.(),
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      BindingType: { Matrix: "matrix" },
      EventType: {
        BindingDataChanged: "bindingDataChanged",
        DialogMessageReceived: "dialogMessageReceived",
        DialogEventReceived: "dialogEventReceived",
      },
    };
  }
}

/** Opens `doc` in a fake Excel: sets the `Excel` and `Office` globals the code under test uses. */
export function openInFakeExcel(doc: FakeDocument, options: FakeOptions): FakeOffice {
  const office = new FakeOffice(doc, options);
  const g = globalThis as unknown as { Excel: unknown; Office: unknown };
  g.Excel = office.excel.api();
  g.Office = office.api();
  return office;
}
