import { type Finding } from "../core/finding";
import { type TableGroup } from "../taskpane/group";
import { kindKey, severityKey, type Translate } from "../taskpane/i18n";
import { h } from "./dom";
import { details } from "./findings";

/**
 * 「检查结果」 as in the React pane: every finding is an item of one list; the headings of its table (h2, under the
 * pane's h1) and of its kind of problem open the first item of each group, so the list holds nothing but list items.
 * Each item's verdict is a button: a click, Enter or Space goes to the cell in Excel and marks the item as the current
 * one; the up and down arrows step from finding to finding.
 */
export function findingsList(
  groups: TableGroup[],
  t: Translate,
  onSelect: (finding: Finding, item: HTMLElement) => void,
): HTMLElement {
  const list = h("ul", { "aria-label": t("findingsList"), class: "nb-list" });
  for (const g of groups) {
    g.kinds.forEach((k, ki) => {
      k.findings.forEach((f, i) => {
        const item = h("li", { role: "listitem", class: "nb-item", "data-cell": f.cell }, [
          ki === 0 && i === 0 && h("h2", { class: "nb-table" }, [g.title]),
          i === 0 && h("h3", { class: "nb-kind" }, [`${t(kindKey(k.kind))}（${k.findings.length}）`]),
          verdict(f, t),
        ]);
        // On the item, as in the React pane: a click on its headings goes to the cell too.
        item.addEventListener("click", () => onSelect(f, item));
        list.appendChild(item);
      });
    });
  }
  list.addEventListener("keydown", (e: KeyboardEvent) => step(list, e));
  return list;
}

function verdict(f: Finding, t: Translate): HTMLButtonElement {
  const more = details(f);
  return h("button", { type: "button", class: "nb-finding", "data-finding": "" }, [
    h("span", { class: `nb-badge nb-${f.severity}` }, [t(severityKey(f.severity))]),
    h("span", { class: "nb-message", "data-verdict": "" }, [f.message]),
    more ? h("span", { class: "nb-details" }, [more]) : null,
  ]);
}

/** Up and down arrows move the focus between the findings' buttons ("Up"/"Down" are IE11's names for them). */
function step(list: HTMLElement, e: KeyboardEvent): void {
  const by = e.key === "ArrowDown" || e.key === "Down" ? 1 : e.key === "ArrowUp" || e.key === "Up" ? -1 : 0;
  if (by === 0) return;
  const buttons = list.querySelectorAll<HTMLButtonElement>("button[data-finding]");
  for (let i = 0; i < buttons.length; i++) {
    if (buttons[i] !== document.activeElement) continue;
    const next = buttons[i + by];
    if (next) {
      e.preventDefault();
      next.focus();
    }
    return;
  }
}
