import { type Frame, type Keyboard, type Locator, type Page } from "playwright-core";

/** Where the keys go: a page, or the task pane's frame inside the simulated Excel with its page's keyboard. */
export interface KeyTarget {
  root: Page | Frame;
  keyboard: Keyboard;
}

/** Waits until `read` gives `expected` (the page answers asynchronously), then checks it. */
export async function until<T>(read: () => Promise<T> | T, expected: T): Promise<void> {
  for (let i = 0; i < 100 && (await read()) !== expected; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await read()).toBe(expected);
}

export const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus: only keys, as a clerk without a mouse would. */
export async function tabTo(keyboard: Keyboard, target: Locator, back = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await focused(target)) {
      // The focus can be seen: a keyboard focus ring, not only the browser's memory of it.
      expect(await target.evaluate((el) => el.matches(":focus-visible"))).toBe(true);
      return;
    }
    await keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * The findings, their details and the two panels, by keyboard alone; the same in the pane and on the web page.
 * `selectedCell` tells which cell the host shows selected (the web page's grid, Excel's selection).
 */
export async function findingsAndPanels(
  { root, keyboard }: KeyTarget,
  selectedCell: () => Promise<string | null> | string | null,
): Promise<void> {
  const list = root.getByRole("list", { name: "检查结果" });
  const first = list.getByRole("listitem").first();
  const verdicts = list.locator("button[data-finding]");
  await tabTo(keyboard, verdicts.first());
  await keyboard.press("ArrowDown");
  expect(await focused(verdicts.nth(1))).toBe(true);
  await keyboard.press("ArrowUp");
  expect(await focused(verdicts.first())).toBe(true);
  await keyboard.press("Enter");
  const cell = await first.getAttribute("data-cell");
  await until(selectedCell, cell);

  const details = first.getByRole("button", { name: /的详情$/ });
  await tabTo(keyboard, details);
  await keyboard.press("Space");
  expect(await details.getAttribute("aria-expanded")).toBe("true");
  expect(
    await first.getByRole("list", { name: "涉及的单元格" }).getByRole("listitem").count(),
  ).toBeGreaterThan(1);

  const outlineTab = root.getByRole("tab", { name: "报告提纲" });
  await tabTo(keyboard, outlineTab);
  await tabTo(keyboard, root.getByRole("button", { name: "复制" }));
  await keyboard.press("Enter");
  await root.getByText("已复制到剪贴板。").waitFor();
  expect(await root.evaluate(() => navigator.clipboard.readText())).toContain("【数据待核：表中为");

  await tabTo(keyboard, outlineTab, true);
  await keyboard.press("ArrowRight");
  const submitTab = root.getByRole("tab", { name: "报送" });
  expect(await focused(submitTab)).toBe(true);
  expect(await submitTab.getAttribute("aria-selected")).toBe("true");
  await tabTo(keyboard, root.getByRole("button", { name: "导出报送文件" }));
  await keyboard.press("Enter");
  expect(await root.getByRole("alert").textContent()).toMatch(/个错误未改正，不能报送/);
}
