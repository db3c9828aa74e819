import { type Delivery, type Host, type OutgoingFile } from "../core/host";

/**
 * The few browser objects a download needs, typed here because src/file is also compiled for Node (no DOM lib);
 * absent in Node, where the pane never runs.
 */
interface Anchor {
  href: string;
  download: string;
  click(): void;
  remove(): void;
}
interface BrowserGlobals {
  document?: { createElement(tag: "a"): Anchor; body: { appendChild(node: Anchor): unknown } };
  navigator?: { msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean };
  btoa?: (binary: string) => string;
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? new TextEncoder().encode(data) : data;
}

/** A browser download: msSaveOrOpenBlob on Trident, else a data: URI link (Office webviews drop blob: URLs). */
export function browserDownload(file: OutgoingFile): Delivery {
  const g = globalThis as unknown as BrowserGlobals;
  if (!g.document || !g.btoa) return { how: "unsupported", guidance: "此环境无法下载文件" };
  const bytes = toBytes(file.data);
  if (g.navigator?.msSaveOrOpenBlob) {
    g.navigator.msSaveOrOpenBlob(new Blob([bytes.slice().buffer], { type: file.mime }), file.name);
    return { how: "downloaded" };
  }
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const a = g.document.createElement("a");
  a.href = `data:${file.mime};base64,${g.btoa(binary)}`;
  a.download = file.name;
  g.document.body.appendChild(a);
  a.click();
  a.remove();
  return { how: "downloaded" };
}

/** The host's own way first (a new Excel window for the .xlsx), then a browser download; never silently nothing. */
export async function deliverFile(host: Host, file: OutgoingFile): Promise<Delivery> {
  if (host.deliverFile) {
    try {
      const done = await host.deliverFile(file);
      if (done.how !== "unsupported") return done;
      const fallback = browserDownload(file);
      return fallback.how === "unsupported" ? done : { ...fallback, note: done.guidance };
    } catch (e) {
      const why = `未能在 Excel 中打开（${e instanceof Error ? e.message : String(e)}）`;
      const fallback = browserDownload(file);
      return fallback.how === "unsupported"
        ? { how: "unsupported", guidance: `${why}；${fallback.guidance}` }
        : { ...fallback, note: `${why}，已改为下载` };
    }
  }
  return browserDownload(file);
}
