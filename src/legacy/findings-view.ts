import { type Finding } from "../core/finding";
import { type TableGroup } from "../taskpane/group";
import { kindKey, severityKey, type Translate } from "../taskpane/i18n";
import { h } from "./dom";
import { details } from "./findings";

/**
 * 「检查结果」: one list item per finding under headings by table and kind of problem, as in the React pane; a click
 * (or Enter, Space) goes to the cell in Excel and marks the item as the current one.
 */
export function findingsList(
  groups: TableGroup[],
  t: Translate,
  onSelect: (finding: Finding, item: HTMLElement) => void,
): HTMLElement {
  const list = h("div", { role: "list", "aria-label": t("findingsList"), class: "nb-list" });
  for (const g of groups) {
    list.appendChild(h("h3", { class: "nb-table" }, [g.title]));
    for (const k of g.kinds) {
      list.appendChild(h("h4", { class: "nb-kind" }, [`${t(kindKey(k.kind))}（${k.findings.length}）`]));
      for (const f of k.findings) list.appendChild(item(f, t, onSelect));
    }
  }
  return list;
}

function item(
  f: Finding,
  t: Translate,
  onSelect: (finding: Finding, item: HTMLElement) => void,
): HTMLElement {
  const more = details(f);
  const element = h("div", { role: "listitem", tabindex: "0", class: "nb-item", "data-cell": f.cell }, [
    h("span", { class: `nb-badge nb-${f.severity}` }, [t(severityKey(f.severity))]),
    h("span", { class: "nb-message", "data-verdict": "" }, [f.message]),
    more ? h("div", { class: "nb-details" }, [more]) : null,
  ]);
  element.addEventListener("click", () => onSelect(f, element));
  element.addEventListener("keydown", (e: KeyboardEvent) => {
    // IE11 names the space bar "Spacebar".
    if (e.key === "Enter" || e.key === " " || e.key === "Spacebar") {
      e.preventDefault();
      onSelect(f, element);
    }
  });
  return element;
}
