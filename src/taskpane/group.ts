import { type CheckResult } from "../core/check";
import { type Finding, type FindingKind, severityRank } from "../core/finding";
import { templateById } from "../core/templates";

export interface KindGroup {
  kind: FindingKind;
  findings: Finding[];
}

export interface TableGroup {
  /** Table id, or "" for findings about the workbook as a whole. */
  table: string;
  title: string;
  kinds: KindGroup[];
}

function worst(findings: readonly Finding[]): number {
  return Math.min(...findings.map((f) => severityRank(f.severity)));
}

function bySeverity<T>(items: T[], findingsOf: (item: T) => readonly Finding[]): T[] {
  // A stable sort keeps the core's table and cell order among groups of the same severity.
  return items
    .map((item, i) => ({ item, i, rank: worst(findingsOf(item)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.item);
}

/** Findings grouped by table, then by kind of problem; groups holding errors come first. */
export function groupFindings(result: CheckResult, otherTitle: string): TableGroup[] {
  // A missing table has no located range but still has its official title.
  const official = (result.template && templateById(result.template)?.tables) || [];
  const titles = new Map([...official, ...result.tables].map((t) => [t.id, t.title]));
  const tables = new Map<string, Map<FindingKind, Finding[]>>();
  for (const f of result.findings) {
    const table = f.table ?? "";
    if (!tables.has(table)) tables.set(table, new Map());
    const kinds = tables.get(table)!;
    if (!kinds.has(f.kind)) kinds.set(f.kind, []);
    kinds.get(f.kind)!.push(f);
  }
  const groups = [...tables].map(([table, kinds]) => ({
    table,
    title: titles.get(table) ?? (table || otherTitle),
    kinds: bySeverity(
      [...kinds].map(([kind, findings]) => ({
        kind,
        findings: [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity)),
      })),
      (k) => k.findings,
    ),
  }));
  return bySeverity(groups, (g) => g.kinds.flatMap((k) => k.findings));
}
