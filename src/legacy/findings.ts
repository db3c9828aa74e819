import { type Finding } from "../core/finding";

/**
 * The cell and the full sentence with the parts under a finding's one-line verdict, as the React pane's 详情 shows
 * them (that pane lays them out in a Fluent UI expander, which IE11 cannot load). The rest of what both panes show is
 * shared: src/taskpane/group.ts and display.ts.
 */
export function details(f: Finding): string {
  const parts: string[] = [];
  if (f.sheet && f.cell) parts.push(`${f.sheet}!${f.cell}`);
  if (f.detail && f.detail !== f.message) parts.push(f.detail);
  return parts.join(" · ");
}
