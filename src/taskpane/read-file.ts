/** The bytes of a chosen file; FileReader where Blob.arrayBuffer is missing (browsers before Chromium 76). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error("浏览器未能读取该文件，请确认文件没有被其他程序占用后重试"));
    reader.readAsArrayBuffer(file);
  });
}
