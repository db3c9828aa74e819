import { type WorkbookGrid } from "../core/grid";
import { openWorkbookFile } from "../file/open-file";
import { type Io } from "./commands";

/** The workbook's cells, or null after telling the user in Chinese which file could not be read and why. */
export async function loadGrid(file: string, io: Io): Promise<WorkbookGrid | null> {
  const opened = await openWorkbookFile(file);
  if (opened.ok) return opened.grid;
  io.err(opened.message);
  return null;
}
