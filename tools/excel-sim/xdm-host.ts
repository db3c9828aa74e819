import {
  addressOf,
  intersects,
  quoteSheet,
  rectA1,
  type Rect,
  sheetById,
  sheetByName,
  splitAddress,
  type SimWorkbook,
} from "./model";
import { type Recorder } from "./recorder";
import { type BatchEffects, HostError, Interpreter, type RichRequest, Unimplemented } from "./rich-api";

/**
 * Excel on the web's side of office.js's XDM protocol (see SIMULATOR.md): the handshake, Rich API batches (dispId
 * 93), Common API settings (75/76), matrix bindings (78/69), command completion (94) and event pushes. Every
 * message comes in through `receive` and every answer or push goes out through `send`, addressed to a frame
 * by its conversation id.
 */

export interface XdmMessage {
  _messageType: number;
  _actionType?: number;
  _actionName: string;
  _conversationId: string;
  _correlationId: number;
  _origin?: string;
  _data?: unknown;
  _responseType?: number;
  _errorCode?: number;
  _serializerVersion?: number;
}

export interface FrameInfo {
  conversation: string;
  /** "pane", "commands" or "dialog". */
  role: string;
}

const APP_ID = "nianbao-sim";

/** Common API requirement sets Excel on the web offers besides ExcelApi (the pane asks for these). */
const COMMON_SETS = {
  Settings: "1.1",
  MatrixBindings: "1.1",
  BindingEvents: "1.1",
  DocumentEvents: "1.1",
  AddinCommands: "1.1",
  DialogApi: "1.1",
};

/** A dialog the add-in opened (Office.context.ui.displayDialogAsync, shown in an iframe on the web). */
export interface OpenDialog {
  url: string;
  conversation: string;
  /** The opener's registration, where the dialog's messages go. */
  opener: XdmMessage;
  messages: string[];
  closed: boolean;
}

export class XdmHost {
  private readonly interpreter: Interpreter;
  /** Event registrations by frame, then by office.js's action name. */
  private readonly registrations = new Map<string, Map<string, XdmMessage>>();
  private sheetChanged = new Set<string>();
  private workbookChanged = false;
  private sheetAdded = false;
  private commands = 0;
  readonly dialogs: OpenDialog[] = [];

  constructor(
    private readonly book: SimWorkbook,
    private readonly level: string,
    private readonly recorder: Recorder,
    private readonly origin: string,
    private readonly send: (m: XdmMessage) => void,
    private readonly frames: Map<string, FrameInfo>,
    private readonly frameOps: {
      open(role: string, path: string): string;
      close(conversation: string): void;
    },
  ) {
    this.interpreter = new Interpreter(book, level);
  }

  requirementMatrix(): Record<string, string> {
    return { ExcelApi: this.level, ...COMMON_SETS };
  }

  private frameOf(m: XdmMessage): string {
    return this.frames.get(m._conversationId)?.role ?? m._conversationId;
  }

  private reply(req: XdmMessage, data: unknown, errorCode = 0): void {
    this.send({
      _messageType: 1,
      _actionName: req._actionName,
      _conversationId: req._conversationId,
      _correlationId: req._correlationId,
      _origin: this.origin,
      _data: data,
      _errorCode: errorCode,
      _responseType: 0,
      _serializerVersion: 1,
    });
  }

  private push(reg: XdmMessage, data: unknown): void {
    this.send({
      _messageType: 1,
      _actionName: reg._actionName,
      _conversationId: reg._conversationId,
      _correlationId: reg._correlationId,
      _origin: this.origin,
      _data: data,
      _errorCode: 0,
      _responseType: 1,
      _serializerVersion: 1,
    });
    this.recorder.add({ kind: "push", frame: this.frameOf(reg), name: reg._actionName, writes: [] });
  }

  receive(m: XdmMessage): void {
    if (m._messageType !== 0) return;
    const frame = this.frameOf(m);
    if (m._actionType === 1 || m._actionType === 2) return this.register(m, frame, m._actionType === 1);
    switch (m._actionName) {
      case "ContextActivationManager_getAppContextAsync":
        this.recorder.add({ kind: "startup", frame, name: "getAppContext", writes: [] });
        return this.reply(m, this.appContext());
      case "ContextActivationManager_notifyHost":
        this.recorder.add({ kind: "startup", frame, name: "notifyHost", writes: [] });
        return this.reply(m, null);
      case "executeMethod":
        return this.execute(m, frame);
    }
    this.fail(m, frame, `XDM action ${m._actionName}`);
  }

  private fail(m: XdmMessage, frame: string, what: string): void {
    this.recorder.unimplemented.push(what);
    this.recorder.add({ kind: "common", frame, name: what, writes: [], error: "NotImplemented" });
    this.reply(m, { Version: 1, Error: 5001 }, 0);
  }

  private appContext(): unknown {
    return {
      _id: APP_ID,
      _appName: 16, // OSF.AppName.ExcelWebApp
      _appVersion: 16,
      _appMinorVersion: 0,
      _appUILocale: "zh-CN",
      _dataLocale: "zh-CN",
      _docUrl: "https://excel-sim.invalid/workbook.xlsx",
      _clientMode: 1,
      // Excel on the web hands settings over as [name, JSON text] pairs.
      _settings: [...this.book.settings].map(([k, v]) => [k, JSON.stringify(v)]),
      _reason: 1,
      _osfControlType: 1,
      _eToken: "",
      _correlationId: "excel-sim",
      _appInstanceId: "excel-sim",
      _requirementMatrix: JSON.stringify(this.requirementMatrix()),
      _hostFullVersion: "16.0.0.0",
      _addinName: "nianbao",
      _appDomains: [],
      _featureGates: {},
      _initialDisplayMode: 0,
    };
  }

  private register(m: XdmMessage, frame: string, on: boolean): void {
    const data = (m._data ?? {}) as { eventDispId?: number; targetId?: string };
    // dispidDialogMessageReceivedEvent: registering it opens the dialog, unregistering closes it.
    if (data.eventDispId === 10) return this.dialog(m, frame, on, data.targetId);
    let regs = this.registrations.get(frame);
    if (!regs) this.registrations.set(frame, (regs = new Map()));
    if (on) regs.set(m._actionName, m);
    else regs.delete(m._actionName);
    const own = m._actionName === "richApiMessage" || m._actionName === "appCommandInvoked";
    this.recorder.add({
      kind: own ? "startup" : "common",
      frame,
      name: `${on ? "" : "un"}register ${m._actionName}`,
      writes: [],
    });
    this.reply(m, { Error: 0 });
  }

  private dialog(m: XdmMessage, frame: string, on: boolean, targetId: string | undefined): void {
    if (on) {
      const info = JSON.parse(String(targetId)) as { url: string };
      const url = new URL(info.url);
      if (url.origin !== this.origin) return this.fail(m, frame, `a dialog on another origin: ${url.origin}`);
      const conversation = this.frameOps.open("dialog", url.pathname + url.search);
      this.dialogs.push({ url: info.url, conversation, opener: m, messages: [], closed: false });
    } else {
      for (const d of this.dialogs.filter(
        (x) => !x.closed && x.opener._conversationId === m._conversationId,
      )) {
        d.closed = true;
        this.frameOps.close(d.conversation);
      }
    }
    this.recorder.add({ kind: "common", frame, name: on ? "dialog.open" : "dialog.close", writes: [] });
    this.reply(m, { Error: 0 });
  }

  private messageParent(m: XdmMessage, frame: string, data: Record<string, unknown>): void {
    const dialog = this.dialogs.find((d) => d.conversation === m._conversationId && !d.closed);
    const message = String(data.messageToParent ?? "");
    this.recorder.add({ kind: "common", frame, name: "dialog.messageParent", writes: [] });
    this.reply(m, { Error: 0 });
    if (!dialog) return;
    dialog.messages.push(message);
    this.push(dialog.opener, { messageType: 0, messageContent: message, messageOrigin: this.origin });
  }

  private execute(m: XdmMessage, frame: string): void {
    const data = (m._data ?? {}) as {
      ArrayData?: unknown[];
      DdaMethod?: { DispatchId?: number };
      DdaBindingsMethod?: { ItemName?: string; BindingId?: string; BindingType?: number };
      DdaSettingsMethod?: { Properties?: unknown };
      [k: string]: unknown;
    };
    const disp = data.DdaMethod?.DispatchId;
    switch (disp) {
      case 93:
        return this.richBatch(m, frame, data.ArrayData ?? []);
      case 75: {
        this.recorder.add({ kind: "common", frame, name: "settings.refresh", writes: [] });
        const settings = [...this.book.settings].map(([Name, v]) => ({ Name, Value: JSON.stringify(v) }));
        return this.reply(m, { Version: 1, Error: 0, Properties: { Settings: settings } });
      }
      case 76: {
        const pairs = findPairs(data);
        this.book.settings.clear();
        for (const [k, v] of pairs) this.book.settings.set(k, JSON.parse(v));
        this.recorder.add({
          kind: "common",
          frame,
          name: "settings.save",
          writes: [{ what: "settings.save", value: pairs.map((p) => p[0]) }],
        });
        return this.reply(m, { Version: 1, Error: 0 });
      }
      case 78:
        return this.addBinding(m, frame, data.DdaBindingsMethod ?? {});
      case 69: {
        const id = String(data.DdaBindingsMethod?.BindingId);
        this.book.bindings.delete(id);
        this.recorder.add({ kind: "common", frame, name: "binding.release", writes: [] });
        return this.reply(m, { Version: 1, Error: 0 });
      }
      case 94:
        this.recorder.add({ kind: "common", frame, name: "appCommand.completed", writes: [] });
        return this.reply(m, { Version: 1, Error: 0 });
      case 144:
        return this.messageParent(m, frame, data);
    }
    this.fail(m, frame, `Common API dispId ${String(disp)}`);
  }

  private addBinding(
    m: XdmMessage,
    frame: string,
    req: { ItemName?: string; BindingId?: string; BindingType?: number },
  ): void {
    const { sheet: name, rect } = splitAddress(String(req.ItemName ?? ""));
    const sheet = name ? sheetByName(this.book, name) : undefined;
    const id = String(req.BindingId);
    this.recorder.add({ kind: "common", frame, name: "binding.add", writes: [] });
    if (!sheet || !rect || req.BindingType !== 3) {
      // ooeInvalidBinding… Excel answers a name it cannot bind with "The named item does not exist".
      return this.reply(m, { Version: 1, Error: 3002 });
    }
    this.book.bindings.set(id, { id, sheetId: sheet.id, rect });
    this.reply(m, {
      Version: 1,
      Error: 0,
      Bindings: [
        {
          Name: id,
          BindingType: 3,
          RowCount: rect.bottom - rect.top + 1,
          ColCount: rect.right - rect.left + 1,
          HasHeaders: false,
        },
      ],
    });
  }

  private richBatch(m: XdmMessage, frame: string, arr: unknown[]): void {
    const customData = String(arr[0]);
    const body = JSON.parse(String(arr[4])) as RichRequest;
    const flags = Number(arr[6] ?? 0);
    const service =
      customData === "WacPartition" && JSON.stringify(body).includes("NotifyActionHandlerReady");
    const actions = body.Actions ?? [];
    const cleanup =
      actions.some((a) => a.Name === "_RemoveReference") &&
      actions.every((a) => a.ActionType === 1 || a.Name === "_RemoveReference");
    const { response, effects } = this.interpreter.run(body, customData);
    const wrote = effects.writes.length > 0 || effects.registrations.length > 0;
    const error = response.Error;
    if (error?.Code === "NotImplemented") this.recorder.unimplemented.push(error.Location);
    this.recorder.add({
      kind: service ? "startup" : cleanup ? "cleanup" : "rich",
      frame,
      name: service ? "AddinInternalService" : customData === "WacPartition" ? "WacWorkbook" : "batch",
      flags,
      readFlaggedAsWrite: (flags & 1) === 1 && !wrote && !error ? true : undefined,
      writes: effects.writes,
      error: error ? `${error.Code} at ${error.Location}` : undefined,
    });
    this.reply(m, {
      Version: 1,
      Error: 0,
      Data: [200, ["Content-Type", "application/json"], JSON.stringify(response)],
    });
    this.afterBatch(effects);
  }

  private afterBatch(effects: BatchEffects): void {
    for (const r of effects.registrations) {
      if (r.kind === "sheetChanged") {
        if (r.on) this.sheetChanged.add(r.target);
        else this.sheetChanged.delete(r.target);
      } else if (r.kind === "workbookChanged") this.workbookChanged = r.on;
      else this.sheetAdded = r.on;
    }
    for (const c of effects.changed) this.changed(c.sheetId, c.rect, "Local");
    for (const id of effects.added)
      this.richEvent(13, "Workbook", { type: "WorksheetAdded", worksheetId: id, source: "Local" });
  }

  /** Excel raises the change events: the sheet's and the workbook's onChanged, and the bindings' data changed. */
  changed(sheetIdValue: string, rect: Rect, source: "Local" | "Remote"): void {
    const sheet = sheetById(this.book, sheetIdValue);
    if (!sheet) return;
    const payload = {
      type: "WorksheetChanged",
      address: rectA1(rect),
      changeType: "RangeEdited",
      source,
      worksheetId: sheet.id,
      shiftDirection: 0,
    };
    if (this.sheetChanged.has(sheet.id)) this.richEvent(10, sheet.id, payload);
    if (this.workbookChanged) this.richEvent(10, "Workbook", payload);
    for (const b of this.book.bindings.values()) {
      if (b.sheetId !== sheet.id || !intersects(b.rect, rect)) continue;
      for (const regs of this.registrations.values()) {
        const reg = regs.get(`${b.id}_bindingDataChanged`);
        if (reg)
          this.push(reg, {
            ddaBinding: {
              Name: b.id,
              BindingType: 3,
              RowCount: b.rect.bottom - b.rect.top + 1,
              ColCount: b.rect.right - b.rect.left + 1,
              HasHeaders: false,
            },
          });
      }
    }
  }

  private richEvent(eventType: number, target: string, payload: unknown): void {
    if (eventType === 13 && !this.sheetAdded) return;
    for (const regs of this.registrations.values()) {
      const reg = regs.get("richApiMessage");
      if (reg) this.push(reg, { ArrayData: [[65536, eventType, target, JSON.stringify(payload), 1, false]] });
    }
  }

  /** The ribbon button: Excel on the web tells the commands runtime which function to run. */
  invokeCommand(functionName: string): boolean {
    for (const [frame, regs] of this.registrations) {
      const reg = regs.get("appCommandInvoked");
      if (!reg || frame !== "commands") continue;
      // [appCommandId, callbackName, eventObjStr]: office.js's AppCommandInvokedEventKeys are positions.
      const eventObj = { source: { id: "CheckButton" } };
      this.push(reg, [String(++this.commands), functionName, JSON.stringify(eventObj)]);
      return true;
    }
    return false;
  }

  /** A cell edit by the clerk, as Excel applies it and announces it. */
  edit(sheetName: string, cell: string, value: number | string | null): void {
    const sheet = sheetByName(this.book, sheetName);
    const { rect } = splitAddress(cell);
    if (!sheet || !rect) throw new Error(`excel-sim: no cell ${quoteSheet(sheetName)}!${cell}`);
    const { response, effects } = this.editBatch(sheet.name, rect, value);
    if (response) throw new Error(`excel-sim: the edit of ${addressOf(sheet, rect)} failed: ${response}`);
    this.recorder.add({
      kind: "push",
      frame: "user",
      name: `edit ${addressOf(sheet, rect)}`,
      writes: effects.writes,
    });
    for (const c of effects.changed) this.changed(c.sheetId, c.rect, "Local");
  }

  private editBatch(
    sheetName: string,
    rect: Rect,
    value: number | string | null,
  ): { response: string | null; effects: BatchEffects } {
    // The clerk's typing is a write at the highest level: it must not be refused for the add-in's level.
    const clerk = new Interpreter(this.book, "99.0");
    const body: RichRequest = {
      Actions: [
        {
          Id: 1,
          ActionType: 4,
          Name: "Values",
          ObjectPathId: 3,
          ArgumentInfo: { Arguments: [[[value ?? ""]]] },
        },
      ],
      ObjectPaths: {
        "1": { Id: 1, ObjectPathType: 4, Name: "Worksheets", ParentObjectPathId: 0 },
        "0": { Id: 0, ObjectPathType: 1, Name: "" },
        "2": {
          Id: 2,
          ObjectPathType: 5,
          Name: "",
          ParentObjectPathId: 1,
          ArgumentInfo: { Arguments: [sheetName] },
        },
        "3": {
          Id: 3,
          ObjectPathType: 3,
          Name: "GetRange",
          ParentObjectPathId: 2,
          ArgumentInfo: { Arguments: [rectA1(rect)] },
        },
      },
    };
    const { response, effects } = clerk.run(body, "");
    return { response: response.Error ? `${response.Error.Code}: ${response.Error.Message}` : null, effects };
  }
}

/** The [name, JSON text] pairs of a settings save, wherever office.js put them in the request. */
function findPairs(data: unknown): Array<[string, string]> {
  const seen: unknown[] = [data];
  while (seen.length > 0) {
    const v = seen.shift();
    if (Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "string"))
      return v as Array<[string, string]>;
    if (v && typeof v === "object") seen.push(...Object.values(v as Record<string, unknown>));
  }
  throw new Unimplemented("a settings save without [name, value] pairs");
}

export { HostError };
