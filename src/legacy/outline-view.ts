import { type CheckResult } from "../core/check";
import { type WorkbookGrid } from "../core/grid";
import { type Lang } from "../core/messages/render";
import { generateOutline, outlineToText, titleInfo } from "../core/outline";
import { translator } from "../taskpane/i18n";
import { box, button, fill, h } from "./dom";
import { LEGACY_TEXT } from "./text";

export interface OutlineView {
  element: HTMLElement;
  update(result: CheckResult | null, grid: WorkbookGrid | null): void;
}

/** IE11 has no async clipboard: the selection and execCommand work in its task panes. */
function copySelection(area: HTMLTextAreaElement): boolean {
  area.focus();
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

/**
 * 报告提纲 as text to copy into the report: the same outline as the React pane's, generated from the checked tables,
 * with the unit and year the clerk can correct. The Word file is made elsewhere (see the export section).
 */
export function outlineView(lang: Lang): OutlineView {
  const t = translator(lang);
  const unit = h("input", { type: "text", class: "nb-input" });
  const year = h("input", { type: "text", class: "nb-input nb-year", inputmode: "numeric" });
  const area = h("textarea", {
    class: "nb-outline",
    readonly: "readonly",
    rows: "14",
    "aria-label": LEGACY_TEXT[lang].outlineText,
  });
  const status = h("div");
  const warning = h("div");
  const body = h("div", {}, [
    h("div", { class: "nb-form" }, [
      h("label", {}, [t("outline.unit"), unit]),
      h("label", {}, [t("outline.year"), year]),
    ]),
    h("div", { class: "nb-toolbar" }, [
      button(t("outline.copy"), () =>
        fill(status, [
          copySelection(area)
            ? box("success", t("outline.copied"), "status")
            : box("error", t("outline.copyFailed"), "alert"),
        ]),
      ),
    ]),
    status,
    warning,
    area,
  ]);
  const state = h("p");
  const element = h("section", { "aria-label": t("outline.title"), class: "nb-section" }, [
    h("h2", {}, [t("outline.title")]),
    state,
    body,
  ]);

  let last: CheckResult | null = null;
  let titled = false;
  const regenerate = () => {
    const outline =
      last && last.template ? generateOutline(last, { unit: unit.value, year: yearOf(year.value) }) : null;
    body.style.display = outline ? "" : "none";
    fill(state, [!last ? t("outline.notChecked") : outline ? null : t("outline.noTemplate")]);
    state.style.display = outline ? "none" : "";
    if (outline) area.value = outlineToText(outline);
  };
  unit.addEventListener("input", regenerate);
  year.addEventListener("input", regenerate);

  return {
    element,
    update(result, grid) {
      last = result;
      if (grid && !titled) {
        // The title row's unit and year, once: what the clerk typed afterwards is kept.
        const info = titleInfo(grid);
        if (!unit.value && info.unit) unit.value = info.unit;
        if (!year.value && info.year) year.value = String(info.year);
        titled = true;
      }
      fill(warning, [
        result && result.summary.errors > 0
          ? box("warning", t("outline.hasErrors", { count: result.summary.errors }))
          : null,
      ]);
      regenerate();
    },
  };
}

function yearOf(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : null;
}
