import { readFileSync } from "fs";
import { join } from "path";
import { createContext, Script } from "vm";
import { type SimWorkbook } from "./model";
import { Recorder } from "./recorder";
import { PROJECT_ROOT } from "./server";
import { commonApi, type InProcessDialog } from "./in-process-office";
import { type FrameInfo, XdmHost, type XdmMessage } from "./xdm-host";

/**
 * The simulated Excel without a browser, for the unit tests of src/excel: Microsoft's own Rich API client
 * (excel-web-16.00.js of @microsoft/office-js, run in a vm context) sends its batches to the same XdmHost the
 * browser simulator uses, as the XDM messages office.js would post; so a unit test cannot see an Excel the
 * simulator disagrees with. What office.js's loader and Common API would do in a browser (settings, matrix
 * bindings, requirement sets, dialogs) is done here by a small stand-in that speaks the same XDM messages.
 */

const EXCEL_JS = join(PROJECT_ROOT, "node_modules/@microsoft/office-js/dist/excel-web-16.00.js");
const PANE = "pane";

/** Compiled once per process: 3 MB of office.js is parsed once, then run in a fresh context per workbook. */
let compiled: Script | undefined;

interface OfficeExtensionApi {
  SessionBase: { _overrideSession?: unknown; prototype: object };
  _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
  _testTriggerRichApiMessageEvent(msg: { entries: unknown[] }): void;
}

export interface InProcessExcel {
  /** The `Excel` namespace of office.js, bound to this workbook. */
  Excel: unknown;
  /** What the pane sees as `Office`: context (requirements, document settings and bindings, ui), actions, enums. */
  Office: unknown;
  book: SimWorkbook;
  host: XdmHost;
  recorder: Recorder;
  dialogs: InProcessDialog[];
  /** Ribbon functions the code associated (Office.actions.associate). */
  actions: Map<string, (event: unknown) => unknown>;
  /** Round trips the pane waited for so far: Rich API batches and Common API calls. */
  roundTrips(): number;
  /** The clerk types `value` into a cell; Excel raises its events, and their handlers have run on return. */
  edit(sheet: string, cell: string, value: number | string | null): Promise<void>;
  /** Sets the `Excel` and `Office` globals the code under test uses. */
  install(): void;
}

/** Lets pushed events and office.js's promise chains run, as a browser's message loop would. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface InProcessOptions {
  /** Office.context.displayLanguage; zh-CN by default. */
  language?: string;
  /** Where the add-in's pages are served: Excel opens dialogs only on it. */
  origin?: string;
  /** Common API requirement sets this Excel lacks (an old build without BindingEvents, say). */
  lacking?: string[];
}

export function openInProcess(
  book: SimWorkbook,
  level: string,
  options: InProcessOptions = {},
): InProcessExcel {
  const recorder = new Recorder();
  const frames = new Map<string, FrameInfo>([[PANE, { conversation: PANE, role: "pane" }]]);
  const pending = new Map<number, (data: unknown) => void>();
  const pushes = new Map<string, (data: unknown) => void>();
  const dialogs: InProcessDialog[] = [];
  let correlation = 0;
  let dialogCount = 0;

  const host: XdmHost = new XdmHost(
    book,
    level,
    recorder,
    options.origin ?? "https://excel-sim.invalid",
    (m) => {
      // A push travels after the answer it follows, as posted messages do.
      const onPush = pushes.get(`${m._conversationId}:${m._actionName}`);
      if (m._responseType !== 1) pending.get(m._correlationId)?.(m._data);
      else if (onPush) setTimeout(() => onPush(m._data), 0);
    },
    frames,
    {
      open: (role) => {
        const conversation = `${role}-${++dialogCount}`;
        frames.set(conversation, { conversation, role });
        return conversation;
      },
      close: () => undefined,
    },
  );

  /** One XDM call, as office.js would post it from `conversation`, and the host's answer. */
  function call(
    data: unknown,
    conversation = PANE,
    actionType?: number,
    actionName = "executeMethod",
  ): unknown {
    const id = ++correlation;
    let answer: unknown;
    pending.set(id, (d) => (answer = d));
    host.receive({
      _messageType: 0,
      _actionType: actionType,
      _actionName: actionName,
      _conversationId: conversation,
      _correlationId: id,
      _data: data,
    } as XdmMessage);
    pending.delete(id);
    return answer;
  }
  const subscribe = (
    actionName: string,
    data: unknown,
    onPush: (d: unknown) => void,
    conversation = PANE,
  ) => {
    pushes.set(`${conversation}:${actionName}`, onPush);
    call(data, conversation, 1, actionName);
  };

  compiled ??= new Script(readFileSync(EXCEL_JS, "utf8"), { filename: EXCEL_JS });
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    Promise,
    JSON,
    navigator: { userAgent: "excel-sim in-process" },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = createContext(sandbox);
  compiled.runInContext(context);
  const extension = context.OfficeExtension as OfficeExtensionApi;

  extension._testSetRichApiMessageReadyImpl(() => {
    subscribe("richApiMessage", {}, (d) => {
      const entries = ((d as { ArrayData?: unknown[][] }).ArrayData ?? []).map((e) => ({
        messageCategory: e[0],
        messageType: e[1],
        targetId: e[2],
        message: e[3],
        id: e[4],
        isRemoteOverride: e[5],
      }));
      extension._testTriggerRichApiMessageEvent({ entries });
    });
    return Promise.resolve();
  });
  const session = Object.create(extension.SessionBase.prototype) as Record<string, unknown>;
  session._resolveRequestUrlAndHeaderInfo = () => Promise.resolve({ url: "local", headers: {} });
  session._createRequestExecutorOrNull = () => ({
    executeAsync(customData: string, flags: number, message: { Body: unknown }) {
      return new Promise((resolve) => {
        let data: unknown[] = [];
        // Scheduled before the batch runs, so that the answer arrives before the events the batch raised.
        setTimeout(() => {
          const [status, , body] = data as [number, unknown, string];
          resolve({
            HttpStatusCode: status,
            ErrorCode: "",
            ErrorMessage: "",
            Headers: {},
            Body: JSON.parse(body),
          });
        }, 0);
        const arrayData = [customData, null, null, null, JSON.stringify(message.Body), null, flags];
        data = (call({ DdaMethod: { DispatchId: 93 }, ArrayData: arrayData }) as { Data: unknown[] }).Data;
      });
    },
  });
  extension.SessionBase._overrideSession = session;

  const office = commonApi({
    book,
    host,
    call,
    subscribe,
    dialogs,
    language: options.language ?? "zh-CN",
    lacking: options.lacking ?? [],
  });
  // office.js asks its own window.Office for the platform and the requirement sets (API checks, request flags).
  // Its Office.context is a getter over the loader's state, which has not run here: shadow it.
  context.Office = Object.create(context.Office as object, {
    context: { value: (office as { context: unknown }).context },
  }) as unknown;
  const actions = new Map<string, (event: unknown) => unknown>();
  (office as { actions: unknown }).actions = {
    associate: (name: string, fn: (event: unknown) => unknown) => actions.set(name, fn),
  };

  return {
    Excel: context.Excel,
    Office: office,
    book,
    host,
    recorder,
    dialogs,
    actions,
    roundTrips: () =>
      recorder.entries.filter((e) => e.frame === "pane" && (e.kind === "rich" || e.kind === "common")).length,
    async edit(sheet, cell, value) {
      host.edit(sheet, cell, value);
      for (let i = 0; i < 5; i++) await settle();
    },
    install() {
      const g = globalThis as unknown as { Excel: unknown; Office: unknown };
      g.Excel = context.Excel;
      g.Office = office;
    },
  };
}
