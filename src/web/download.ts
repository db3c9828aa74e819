import { type DownloadFile } from "../file/file-host";

/** Hands a file to the browser's download: a blob URL, never a server round trip. */
export function saveFile(file: DownloadFile): void {
  const blob = new Blob([file.data as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the URL is freed a moment later for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
