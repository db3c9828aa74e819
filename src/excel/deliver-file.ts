import { type Delivery, type OutgoingFile } from "../core/host";
import { excelError } from "./errors";
import { excelApi } from "./office-env";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function base64(data: Uint8Array | string): string {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** An .xlsx opens as a new Excel workbook (ExcelApi 1.8); anything else, or an older Excel, is left to the pane. */
export async function deliverInExcel(file: OutgoingFile): Promise<Delivery> {
  if (file.mime !== XLSX_MIME && !file.name.toLowerCase().endsWith(".xlsx")) {
    return { how: "unsupported", guidance: `“${file.name}”不是 Excel 工作簿，请在下载后保存。` };
  }
  if (!excelApi("1.8")) {
    return {
      how: "unsupported",
      guidance: "此版本 Excel 不能直接打开新工作簿。请先“清除标记”，再用“文件 › 另存为”保存一份报送文件。",
    };
  }
  try {
    await Excel.createWorkbook(base64(file.data));
  } catch (err) {
    throw excelError(err, "打开报送文件");
  }
  return { how: "opened", note: `“${file.name}”已在新的 Excel 窗口中打开，请用“文件 › 另存为”保存。` };
}
