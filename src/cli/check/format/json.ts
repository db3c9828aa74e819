import { type BatchReport } from "../../batch/check-one";
import { type Formatter } from "./types";

const NO_FINDINGS = { errors: 0, warnings: 0, infos: 0 };

function entry(report: BatchReport): Record<string, unknown> {
  if (report.error !== undefined || !report.result)
    return {
      file: report.file,
      template: null,
      error: report.error,
      tables: [],
      findings: [],
      summary: NO_FINDINGS,
    };
  const r = report.result;
  return {
    file: report.file,
    template: r.template,
    templateName: r.templateName,
    tables: r.tables,
    findings: r.findings,
    summary: r.summary,
  };
}

export const jsonFormatter: Formatter = {
  render(reports, { many }) {
    const entries = reports.map(entry);
    return JSON.stringify(many || entries.length !== 1 ? entries : entries[0], null, 2);
  },
};
