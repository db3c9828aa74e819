interface RichApiError {
  code?: string;
  message?: string;
}

/** The office.js error code ("ItemNotFound", "AccessDenied" …) of what was thrown, if it has one. */
export function errorCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null ? (err as RichApiError).code : undefined;
}

/** An error whose message is written for the clerk. */
export class ClerkError extends Error {}

/** Turns what Excel threw into a sentence for the clerk: what happened and what to do. */
export function excelError(err: unknown, action: string): Error {
  if (err instanceof ClerkError) return err;
  const e = (typeof err === "object" && err !== null ? err : {}) as RichApiError;
  const detail = e.message ?? String(err);
  switch (e.code) {
    case "InvalidOperationInCellEditMode":
      return new ClerkError(`${action}失败：Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再试一次。`);
    case "AccessDenied":
    case "InsertDeleteConflict":
      return new ClerkError(`${action}失败：工作表受保护或被锁定。请在“审阅 › 撤消工作表保护”后再试。`);
    case "ItemNotFound":
      return new ClerkError(`${action}失败：找不到所需的工作表或单元格，可能已被改名或删除。请重新检查。`);
    default:
      return new ClerkError(`${action}失败：${detail}`);
  }
}
