import { TextDecoder, TextEncoder } from "util";

/**
 * What browsers and Office webviews have and jsdom lacks: the text encoders that exceljs, docx and jszip use, and
 * the ResizeObserver Fluent UI measures itself with (no layout in jsdom, so one that never fires is enough).
 */
export function installBrowserApis(): void {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  beforeAll(() => {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  });
}
