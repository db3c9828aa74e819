import { useEffect, useMemo, useState } from "react";
import { type Finding } from "../../core/finding";
import {
  type Justification,
  justificationRows,
  justify,
  parseJustifications,
  removeJustification,
  reportYear,
  type SubmissionStatus,
  submissionStatus,
  unitName,
} from "../../core/report";
import { errorText } from "../i18n";
import { checkedGrid, type PanelProps } from "../panels";
import { exportFiles, type Note } from "./export-files";

export interface Submission {
  status: SubmissionStatus | null;
  justifications: Justification[];
  unit: string;
  year: string;
  setUnit(unit: string): void;
  setYear(year: string): void;
  /** What the last action did, or why the workbook could not be read. */
  notes: Note[];
  explain(finding: Finding, text: string): Promise<void>;
  remove(key: string): Promise<void>;
  export(): Promise<void>;
}

/** The submission's state: the 说明 in the workbook, the reporting body and year, and what saving and export did. */
export function useSubmission({ host, result, grid, lang, t, busyWhile, prior }: PanelProps): Submission {
  const [justifications, setJustifications] = useState<Justification[]>([]);
  const [unit, setUnit] = useState("");
  const [year, setYear] = useState("");
  const [notes, setNotes] = useState<Note[]>([]);

  useEffect(() => {
    let live = true;
    checkedGrid(host, grid).then(
      (read) => {
        if (!live) return;
        setJustifications((mine) => (host.saveJustifications ? parseJustifications(read) : mine));
        setUnit((u) => u || unitName("", read));
        setYear((y) => y || String(reportYear("", read) ?? ""));
      },
      (err: unknown) => {
        if (live) setNotes([{ intent: "error", text: t("readFailed", { message: errorText(err) }) }]);
      },
    );
    return () => {
      live = false;
    };
  }, [host, result, grid, t]);

  const status = useMemo(
    () => (result?.template ? submissionStatus(result, justifications) : null),
    [result, justifications],
  );

  const store = async (list: Justification[]): Promise<void> => {
    setJustifications(list);
    if (!host.saveJustifications) {
      setNotes([{ intent: "warning", text: t("submit.unsaved") }]);
      return;
    }
    try {
      await busyWhile(() => host.saveJustifications!(justificationRows(list)));
      setNotes([{ intent: "success", text: t("submit.saved") }]);
    } catch (e) {
      setNotes([{ intent: "error", text: t("submit.saveFailed", { message: errorText(e) }) }]);
    }
  };

  return {
    status,
    justifications,
    unit,
    year,
    setUnit,
    setYear,
    notes,
    explain: (finding, text) => store(justify(justifications, finding, text, new Date().toISOString())),
    remove: (key) => store(removeJustification(justifications, key)),
    async export() {
      if (!status) return;
      try {
        const done = await busyWhile(async () =>
          exportFiles({
            host,
            grid: await checkedGrid(host, grid),
            status,
            unit,
            year,
            justifications,
            prior: prior?.figures,
            lang,
            t,
          }),
        );
        setNotes(done);
      } catch (e) {
        setNotes([{ intent: "error", text: t("submit.failed", { message: errorText(e) }) }]);
      }
    },
  };
}
