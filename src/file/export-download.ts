import { type Delivery, type Host, type OutgoingFile } from "../core/host";

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? new TextEncoder().encode(data) : data;
}

/** A browser download: msSaveOrOpenBlob on Trident, else a data: URI link (Office webviews drop blob: URLs). */
export function browserDownload(file: OutgoingFile): Delivery {
  if (typeof document === "undefined" || typeof btoa === "undefined")
    return { how: "unsupported", guidance: "此环境无法下载文件" };
  const bytes = toBytes(file.data);
  const legacy = navigator as Navigator & { msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean };
  if (legacy.msSaveOrOpenBlob) {
    legacy.msSaveOrOpenBlob(new Blob([bytes as BlobPart], { type: file.mime }), file.name);
    return { how: "downloaded" };
  }
  const a = document.createElement("a");
  a.href = `data:${file.mime};base64,${base64(bytes)}`;
  a.download = file.name;
  document.body.appendChild(a);
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
