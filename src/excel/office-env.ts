/** What this Office client offers, asked of office.js at the moment of use so a test can swap the client. */
export function excelApi(version: string): boolean {
  return hasOffice() && Office.context.requirements.isSetSupported("ExcelApi", version);
}

export function commonApi(name: string, version?: string): boolean {
  return hasOffice() && Office.context.requirements.isSetSupported(name, version);
}

function hasOffice(): boolean {
  return typeof Office !== "undefined" && !!Office.context && !!Office.context.requirements;
}

/** Document settings: stored inside the workbook, so marks and the binding survive save and reopen. */
export function readSetting<T>(key: string): T | null {
  if (!hasOffice() || !Office.context.document?.settings) return null;
  const v: unknown = Office.context.document.settings.get(key);
  return v === undefined || v === null ? null : (v as T);
}

export function writeSetting(key: string, value: unknown): void {
  if (!hasOffice() || !Office.context.document?.settings) return;
  Office.context.document.settings.set(key, value);
}

export function saveSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!hasOffice() || !Office.context.document?.settings) return resolve();
    Office.context.document.settings.saveAsync((r) => {
      if (r.status === Office.AsyncResultStatus.Failed) {
        reject(new Error(`标记记录未能保存到工作簿：${r.error.message}。请保存工作簿后再试。`));
      } else resolve();
    });
  });
}

/** Picks up settings another runtime (the ribbon command, the task pane) saved since this one started. */
export function refreshSettings(): Promise<void> {
  return new Promise((resolve) => {
    const settings = hasOffice() ? Office.context.document?.settings : undefined;
    if (!settings || typeof settings.refreshAsync !== "function") return resolve();
    settings.refreshAsync(() => resolve());
  });
}
