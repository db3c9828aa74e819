import { createElement, type ReactNode } from "react";
import { type CheckResult } from "../core/check";
import { type WorkbookGrid } from "../core/grid";
import { type Host } from "../core/host";
import { type Lang } from "../core/messages/render";
import { type Prior } from "../core/report/prior";
import { type MessageKey, type Translate } from "./i18n";
import { lazyPart } from "./lazy-part";

export interface PanelProps {
  host: Host;
  /** The latest check, or null before the first one. */
  result: CheckResult | null;
  /** The workbook as read for that check: use it instead of reading again. */
  grid?: WorkbookGrid | null;
  lang: Lang;
  /** The pane's messages in its language. */
  t: Translate;
  /** The pane is working (a check, a write, a panel's own task): one state for every button. */
  busy: boolean;
  /** Runs a panel's task as part of the pane's work, so that the pane shows it busy meanwhile. */
  busyWhile<T>(task: () => Promise<T>): Promise<T>;
  /** Level of the panel's top headings, under the pane's own. */
  headingLevel: number;
  /** Last year's figures the latest check used. */
  prior?: Prior | null;
}

export interface Panel {
  id: string;
  title: MessageKey;
  render(props: PanelProps): ReactNode;
  /** Shown in the panel's place until there is a check; the panel's code is not loaded before. */
  beforeCheck?: MessageKey;
  /** Whether the panel applies to this host at all; shown everywhere when absent. */
  available?(host: Host): boolean;
}

// Each panel's code is a chunk of its own, loaded when the panel is first shown after a check: none of it is needed
// for the first verdict, and the pane's first scripts are what a clerk waits for on opening.
const OutlinePanel = lazyPart(() => import("./components/OutlinePanel").then((m) => m.OutlinePanel));
const SubmitPanel = lazyPart(() => import("./components/SubmitPanel").then((m) => m.SubmitPanel));
const ValidationRulesPanel = lazyPart(() =>
  import("./components/ValidationRulesPanel").then((m) => m.ValidationRulesPanel),
);

/**
 * Extra sections shown under the findings, in both the add-in and the web page.
 * Each feature adds one entry here; the pane shows them as tabs in this order.
 */
export const panels: Panel[] = [
  {
    id: "outline",
    title: "outline.title",
    beforeCheck: "outline.notChecked",
    render: (props) => createElement(OutlinePanel, props),
  },
  {
    id: "submit",
    title: "submit.title",
    beforeCheck: "submit.notChecked",
    render: (props) => createElement(SubmitPanel, props),
  },
  {
    id: "input-rules",
    title: "rules.title",
    // Only where entry can be guarded at all: Excel, not the web page or WPS.
    available: (host) => host.surveyInputRules !== undefined,
    render: (props) => createElement(ValidationRulesPanel, props),
  },
];

/** The workbook the latest check read, or a read of its own when the pane did not pass it. */
export function checkedGrid(host: Host, grid: WorkbookGrid | null | undefined): Promise<WorkbookGrid> {
  return grid ? Promise.resolve(grid) : host.readGrid();
}
