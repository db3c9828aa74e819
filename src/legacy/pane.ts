import { type Finding } from "../core/finding";
import { type Host } from "../core/host";
import { toLang } from "../core/messages/render";
import { BLANK_TEMPLATES, bindingText, blankCells, noteMatters } from "../taskpane/display";
import { groupFindings } from "../taskpane/group";
import { translator } from "../taskpane/i18n";
import { Controller } from "./controller";
import { box, button, fill, h } from "./dom";
import { elsewhereView } from "./elsewhere-view";
import { findingsList } from "./findings-view";
import { outlineView } from "./outline-view";

/**
 * The legacy pane: what the clerk needs in place, in plain DOM for Internet Explorer 11. The same engine and host
 * as the React pane; each part of the page is redrawn from the controller's state when it changes.
 */
export function mountPane(root: HTMLElement, host: Host): void {
  const lang = toLang(host.displayLanguage());
  const t = translator(lang);
  const capabilities = host.capabilities();

  let confirming = false;
  let current: HTMLElement | null = null;
  let templateId: string = BLANK_TEMPLATES[0];

  const toolbar = h("div", { role: "toolbar", "aria-label": t("toolbar"), class: "nb-toolbar" });
  const confirmBox = h("div");
  const notes = h("div");
  const messages = h("div");
  const binding = h("div", { class: "nb-binding" });
  const results = h("div");
  const outline = outlineView(lang);
  fill(root, [
    h("main", { class: "nb-pane", lang }, [
      h("h1", {}, [t("appTitle")]),
      toolbar,
      confirmBox,
      notes,
      messages,
      binding,
      results,
      outline.element,
      elsewhereView(lang),
    ]),
  ]);

  const controller: Controller = new Controller(host, lang, t, () => render());

  function select(f: Finding, item: HTMLElement): void {
    if (current) current.removeAttribute("aria-current");
    item.setAttribute("aria-current", "true");
    current = item;
    if (f.sheet && f.cell) void controller.select(f.sheet, f.cell);
  }

  /**
   * Each render puts new elements in place of the old: the focus goes to the element that stands where the focused
   * one stood (same kind, same text), at once or, while it is disabled (检查 during a check), at a later render.
   */
  let focusKey: string | null = null;
  function render(): void {
    const active = document.activeElement;
    if (active && active !== document.body && root.contains(active)) focusKey = keyOf(active);
    draw();
    if (focusKey !== null && (!document.activeElement || document.activeElement === document.body))
      moveFocus(focusKey);
  }

  function moveFocus(key: string): void {
    focusKey = key;
    const target = findByKey(root, key);
    if (target) {
      target.focus();
      focusKey = null;
    }
  }

  function draw(): void {
    const { result, busy, error, notice } = controller.state;
    const blanks = result ? blankCells(result.findings) : [];
    if (blanks.length === 0) confirming = false;
    fill(toolbar, [
      button(t("check"), () => void controller.check(), true, busy),
      capabilities.highlights && button(t("clear"), () => void controller.clear(), false, busy),
      blanks.length > 0 &&
        button(
          t("fillZero"),
          () => {
            confirming = true;
            render();
            // Into the question, whose answer the clerk gives next; the button that asked is disabled meanwhile.
            const first = confirmBox.getElementsByTagName("button")[0];
            if (first) first.focus();
          },
          false,
          busy || confirming,
        ),
      busy && h("span", { class: "nb-busy", role: "status" }, [t("checking")]),
    ]);

    fill(confirmBox, [
      confirming &&
        h("section", { role: "dialog", "aria-label": t("fillZeroTitle"), class: "nb-dialog" }, [
          h("h2", {}, [t("fillZeroTitle")]),
          h("p", {}, [t("fillZeroIntro", { count: blanks.length })]),
          h(
            "ul",
            { class: "nb-cells" },
            blanks.map((c) => h("li", {}, [`${c.sheet}!${c.cell} ${c.label}`])),
          ),
          h("div", { class: "nb-toolbar" }, [
            button(
              t("confirm"),
              () => {
                confirming = false;
                // 空白单元格填 0 goes once the cells are filled: back to 检查.
                moveFocus(buttonKey(t("check")));
                void controller.write(blanks.map((c) => ({ sheet: c.sheet, cell: c.cell, value: 0 })));
              },
              true,
            ),
            button(t("cancel"), () => {
              confirming = false;
              render();
              moveFocus(buttonKey(t("fillZero")));
            }),
          ]),
        ]),
    ]);

    fill(
      notes,
      capabilities.notes
        .filter((note) => noteMatters(note, result, controller.marked))
        .map((note) => box("info", note.text)),
    );

    fill(messages, [
      error && box("error", t("hostError", { message: error }), "alert"),
      notice && box("success", notice, "status"),
    ]);

    fill(binding, bindingView());
    current = null;
    fill(
      results,
      result && result.template
        ? [
            h("p", { role: "status", class: "nb-summary" }, [
              t("summary", {
                errors: result.summary.errors,
                warnings: result.summary.warnings,
                infos: result.summary.infos,
              }),
            ]),
            result.findings.length === 0
              ? box("success", t("allPass"))
              : findingsList(groupFindings(result, t("otherTable")), t, select),
          ]
        : [],
    );
    outline.update(result, controller.state.grid);
  }

  /** Where the standard tables were found, or, when none was, a way to start from a blank standard sheet. */
  function bindingView(): Array<Node | string | false> {
    const { result, busy } = controller.state;
    if (!result) return [h("p", {}, [t("notCheckedYet")])];
    if (result.template) return [h("p", { class: "nb-strong" }, [bindingText(result, t)])];
    const choice = h(
      "select",
      { class: "nb-input", "aria-label": t("templateChoice") },
      BLANK_TEMPLATES.map((id) => h("option", { value: id }, [t(`template.${id}` as const)])),
    );
    choice.value = templateId;
    choice.addEventListener("change", () => {
      templateId = choice.value;
    });
    return [
      h("p", {}, [t("notRecognised")]),
      capabilities.insertSheet && h("label", {}, [t("templateChoice"), " ", choice]),
      capabilities.insertSheet &&
        button(t("insertBlank"), () => void controller.insertBlank(templateId), true, busy),
    ];
  }

  render();
  controller.start();
}

function buttonKey(label: string): string {
  return `BUTTON||${label}`;
}

function keyOf(element: Element): string {
  return `${element.tagName}|${element.getAttribute("data-cell") ?? ""}|${element.textContent ?? ""}`;
}

/** The enabled button, link or field of `root` with `key`. */
function findByKey(root: HTMLElement, key: string): HTMLElement | null {
  const candidates = root.querySelectorAll<HTMLElement>("button, a, input, select, textarea");
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!(c as HTMLButtonElement).disabled && keyOf(c) === key) return c;
  }
  return null;
}
