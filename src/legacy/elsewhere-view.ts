import { type Lang } from "../core/messages/render";
import { h } from "./dom";
import { LEGACY_TEXT } from "./text";

/** Where to export and make the Word outline: IE11 task panes can neither open a new workbook nor download. */
export function elsewhereView(lang: Lang): HTMLElement {
  const t = LEGACY_TEXT[lang];
  return h("section", { "aria-label": t.elsewhereTitle, class: "nb-section" }, [
    h("h2", {}, [t.elsewhereTitle]),
    h("p", {}, [t.elsewhere]),
    h("ul", {}, [
      h("li", {}, [
        t.elsewhereWeb,
        " ",
        h("a", { href: "web.html", target: "_blank" }, [t.elsewhereWebLink]),
      ]),
      h("li", {}, [t.elsewhereCli]),
    ]),
  ]);
}
