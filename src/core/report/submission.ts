import { type CheckResult } from "../check";
import { type Finding } from "../finding";
import { type Justification, justificationKey } from "./justifications";

export interface JustifiedFinding {
  finding: Finding;
  justification: Justification;
}

/** Whether the report may be submitted, and what stands in the way. */
export interface SubmissionStatus {
  ready: boolean;
  /** Errors: they block until fixed. */
  blockers: Finding[];
  /** Warnings without a 说明: they block until one is written. */
  unjustified: Finding[];
  justified: JustifiedFinding[];
  /** Infos never block. */
  infos: Finding[];
  /** 说明 that no longer match any finding (the number was fixed, or the table changed). */
  stale: Justification[];
}

export function submissionStatus(
  result: Pick<CheckResult, "findings">,
  justifications: readonly Justification[],
): SubmissionStatus {
  const byKey = new Map(justifications.map((j) => [justificationKey(j), j]));
  const used = new Set<string>();
  const status: SubmissionStatus = {
    ready: false,
    blockers: [],
    unjustified: [],
    justified: [],
    infos: [],
    stale: [],
  };
  for (const f of result.findings) {
    const key = justificationKey(f);
    const j = byKey.get(key);
    if (j) used.add(key);
    if (f.severity === "error") status.blockers.push(f);
    else if (f.severity === "info") status.infos.push(f);
    else if (j) status.justified.push({ finding: f, justification: j });
    else status.unjustified.push(f);
  }
  status.stale = justifications.filter((j) => !used.has(justificationKey(j)));
  status.ready = status.blockers.length === 0 && status.unjustified.length === 0;
  return status;
}

function where(f: Finding): string {
  return f.cell ? `${f.sheet ? `${f.sheet}!` : ""}${f.cell}：` : "";
}

/** Why the report cannot be submitted yet, in Chinese, one line per blocking finding; empty when ready. */
export function blockingLines(status: SubmissionStatus, limit = 20): string[] {
  const lines: string[] = [];
  if (status.blockers.length > 0) lines.push(`还有 ${status.blockers.length} 个错误未改正，不能报送：`);
  for (const f of status.blockers.slice(0, limit)) lines.push(`  ✗ ${where(f)}${f.message}`);
  if (status.blockers.length > limit) lines.push(`  …… 另有 ${status.blockers.length - limit} 个错误`);
  if (status.unjustified.length > 0)
    lines.push(`还有 ${status.unjustified.length} 个警告没有填写说明（警告可以报送，但须写明原因）：`);
  for (const f of status.unjustified.slice(0, limit)) lines.push(`  ! ${where(f)}${f.message}`);
  if (status.unjustified.length > limit) lines.push(`  …… 另有 ${status.unjustified.length - limit} 个警告`);
  return lines;
}
