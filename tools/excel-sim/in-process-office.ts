import { atLeast } from "./api-levels";
import { type SimWorkbook } from "./model";
import { type XdmHost } from "./xdm-host";

/**
 * The part of office.js's Common API the pane uses (document settings, matrix bindings and their events,
 * requirement sets, dialogs), for the in-process simulator: each call becomes the XDM message office.js would post,
 * answered by the same XdmHost as in the browser. Only the client side is ours; what Excel does is the host's.
 */

type Callback = (r: { status: string; value?: unknown; error?: { code: number; message: string } }) => void;

export interface InProcessDialog {
  url: string;
  readonly closed: boolean;
  /** The dialog page calls Office.context.ui.messageParent. */
  send(message: string): void;
}

export interface Transport {
  book: SimWorkbook;
  host: XdmHost;
  /** One XDM call from `conversation` (the pane by default) and the host's answer. */
  call(data: unknown, conversation?: string, actionType?: number, actionName?: string): unknown;
  /** Registers an event handler as office.js does (actionType 1) and routes the host's pushes to `onPush`. */
  subscribe(actionName: string, data: unknown, onPush: (d: unknown) => void): void;
  dialogs: InProcessDialog[];
  language: string;
  lacking: string[];
}

const ok = (value?: unknown) => ({ status: "succeeded", value });
const failed = (code: number) => ({ status: "failed", error: { code, message: `Office error ${code}` } });
const answered = (cb: Callback | undefined, r: ReturnType<typeof ok | typeof failed>) =>
  setTimeout(() => cb?.(r), 0);

export function commonApi(t: Transport): Record<string, unknown> {
  const { host } = t;
  // office.js starts with the settings Excel handed over in the app context, and keeps its own copy.
  let local = new Map([...t.book.settings].map(([k, v]) => [k, JSON.stringify(v)]));
  const settings = {
    get: (k: string): unknown => (local.has(k) ? JSON.parse(local.get(k)!) : null),
    set: (k: string, v: unknown) => void local.set(k, JSON.stringify(v)),
    remove: (k: string) => void local.delete(k),
    saveAsync(cb?: Callback) {
      t.call({ DdaMethod: { DispatchId: 76 }, DdaSettingsMethod: { SerializedSettings: [...local] } });
      answered(cb, ok());
    },
    refreshAsync(cb?: Callback) {
      const a = t.call({ DdaMethod: { DispatchId: 75 } }) as {
        Properties: { Settings: Array<{ Name: string; Value: string }> };
      };
      local = new Map(a.Properties.Settings.map((s) => [s.Name, s.Value]));
      answered(cb, ok(settings));
    },
  };

  const bindings = {
    addFromNamedItemAsync(item: string, _type: string, options: { id: string }, cb?: Callback) {
      const method = { ItemName: item, BindingId: options.id, BindingType: 3 };
      const a = t.call({ DdaMethod: { DispatchId: 78 }, DdaBindingsMethod: method }) as { Error: number };
      if (a.Error !== 0) {
        answered(cb, failed(a.Error));
        return;
      }
      const binding = {
        id: options.id,
        addHandlerAsync(eventType: string, handler: (e: unknown) => void, done?: Callback) {
          t.subscribe(`${options.id}_${eventType}`, { eventDispId: 3, targetId: options.id }, () =>
            handler({ type: eventType, binding }),
          );
          answered(done, ok());
        },
      };
      answered(cb, ok(binding));
    },
    releaseByIdAsync(id: string, cb?: Callback) {
      t.call({ DdaMethod: { DispatchId: 69 }, DdaBindingsMethod: { BindingId: id } });
      answered(cb, ok());
    },
  };

  const ui = {
    displayDialogAsync(url: string, _options: unknown, cb?: Callback) {
      const handlers = new Map<string, (arg: unknown) => void>();
      const at = host.dialogs.length;
      t.subscribe("dialogMessageReceived", { eventDispId: 10, targetId: JSON.stringify({ url }) }, (d) =>
        handlers.get("dialogMessageReceived")?.({
          message: (d as { messageContent: string }).messageContent,
        }),
      );
      const opened = host.dialogs[at];
      if (!opened) {
        answered(cb, failed(12004));
        return;
      }
      t.dialogs.push({
        url,
        get closed() {
          return opened.closed;
        },
        send: (message) =>
          void t.call({ DdaMethod: { DispatchId: 144 }, messageToParent: message }, opened.conversation),
      });
      answered(
        cb,
        ok({
          addEventHandler: (type: string, h: (arg: unknown) => void) => handlers.set(type, h),
          close: () => void t.call({ eventDispId: 10 }, "pane", 2, "dialogMessageReceived"),
        }),
      );
    },
  };

  const matrix = host.requirementMatrix();
  for (const name of t.lacking) delete matrix[name];
  return {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") => name in matrix && atLeast(matrix[name], version),
      },
      displayLanguage: t.language,
      // The simulator plays Excel on the web.
      platform: "OfficeOnline",
      document: { settings, bindings },
      ui,
    },
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
