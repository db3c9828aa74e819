/*
 * The few DOM calls the legacy pane makes, limited to what Internet Explorer 11 has: no append/remove/closest,
 * no NodeList.forEach, no classList.toggle with a second argument.
 */

export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Puts `children` in place of what `parent` held. */
export function fill(parent: Node, children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

export function button(
  label: string,
  onClick: () => void,
  primary = false,
  disabled = false,
): HTMLButtonElement {
  const b = h("button", { type: "button", class: primary ? "nb-button nb-primary" : "nb-button" }, [label]);
  b.disabled = disabled;
  b.addEventListener("click", onClick);
  return b;
}

/** A message box; `role` "alert" for errors, "status" for what just happened. */
export function box(
  kind: "info" | "error" | "success" | "warning",
  text: string,
  role?: string,
): HTMLElement {
  return h("div", { class: `nb-box nb-${kind}`, role }, [text]);
}
