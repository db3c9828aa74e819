import { z } from "../zod";
import { type CheckResult } from "../check";
import { FINDING_KINDS } from "../finding";
import { type Justification } from "./justifications";
import { type SubmissionStatus } from "./submission";

const FigureTable = z
  .record(z.string(), z.number().nullable())
  .describe('Figures of one table keyed by "rowId.colId"; null is a blank cell.');

export const JustificationRecord = z.object({
  template: z.string(),
  table: z.string(),
  rowId: z.string(),
  colId: z.string(),
  rule: z.string(),
  text: z.string().describe("The written 说明."),
  time: z.string(),
  finding: z.string().optional(),
});

export const ExportFinding = z.object({
  severity: z.enum(["error", "warning", "info"]),
  kind: z
    .enum(FINDING_KINDS)
    .describe("What the finding is about; the narrative-* kinds come from nianbao crosscheck."),
  rule: z.string(),
  table: z.string().optional(),
  rowId: z.string().optional(),
  colId: z.string().optional(),
  cell: z.string().optional(),
  message: z.string(),
  justification: z.string().optional().describe("The 说明 recorded for this warning."),
});

/** The submission file: every checked figure, the findings and their 说明. `figures` is what `check --prior` reads. */
export const ExportDocument = z.object({
  format: z.literal("nianbao-export"),
  version: z.literal(1),
  unit: z.string().describe("填报单位"),
  year: z.number().int().nullable().describe("报告年度"),
  exportedAt: z.string().describe("ISO time of the export"),
  source: z.string().optional().describe("File name of the checked workbook"),
  template: z.string(),
  templateName: z.string(),
  tables: z.array(z.object({ id: z.string(), title: z.string() })),
  figures: z.record(z.string(), FigureTable).describe("Figures by table id, then by rowId.colId"),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    justified: z.number().int(),
    infos: z.number().int(),
  }),
  checks: z.array(z.string()).describe("The rules that were run"),
  findings: z.array(ExportFinding),
  justifications: z.array(JustificationRecord),
});
export type ExportDocument = z.infer<typeof ExportDocument>;

export interface ExportMeta {
  unit: string;
  year: number | null;
  exportedAt: string;
  source?: string;
  checks: string[];
}

export function buildExportDocument(
  result: CheckResult,
  status: SubmissionStatus,
  justifications: readonly Justification[],
  meta: ExportMeta,
): ExportDocument {
  const textOf = new Map(status.justified.map((j) => [j.finding, j.justification.text]));
  const doc: ExportDocument = {
    format: "nianbao-export",
    version: 1,
    unit: meta.unit,
    year: meta.year,
    exportedAt: meta.exportedAt,
    template: result.template ?? "",
    templateName: result.templateName ?? "",
    tables: result.tables.map((t) => ({ id: t.id, title: t.title })),
    figures: result.figures,
    summary: {
      errors: result.summary.errors,
      warnings: result.summary.warnings,
      justified: status.justified.length,
      infos: result.summary.infos,
    },
    checks: meta.checks,
    findings: result.findings.map((f) => {
      const out: z.infer<typeof ExportFinding> = {
        severity: f.severity,
        kind: f.kind,
        rule: f.rule,
        message: f.message,
      };
      if (f.table) out.table = f.table;
      if (f.rowId) out.rowId = f.rowId;
      if (f.colId) out.colId = f.colId;
      if (f.cell) out.cell = f.cell;
      const text = textOf.get(f);
      if (text) out.justification = text;
      return out;
    }),
    justifications: justifications.map((j) => ({ ...j })),
  };
  if (meta.source) doc.source = meta.source;
  return doc;
}

/** The published JSON Schema of the export file (committed as schemas/export.schema.json). */
export function exportJsonSchema(): unknown {
  return z.toJSONSchema(ExportDocument);
}
