/**
 * @jest-environment jsdom
 */
import { type BatchRow } from "../../src/cli/batch/check-one";
import { batchHtml } from "../../src/cli/batch/format-html";

const row = (unit: string, errors: number, status: BatchRow["status"], problem = ""): BatchRow => ({
  file: `/in/${unit}.xlsx`,
  unit,
  templateName: "2021 年格式",
  errors,
  warnings: 0,
  justified: 0,
  status,
  problem,
});

function open(html: string): void {
  document.documentElement.innerHTML = html
    .replace(/^<!DOCTYPE html>\s*<html[^>]*>/, "")
    .replace(/<\/html>\s*$/, "");
  // jsdom does not run scripts set through innerHTML; run the page's own script as a browser would.
  const script = document.querySelector("script")!.textContent!;
  new Function(script)();
}

const units = (): string[] =>
  [...document.querySelectorAll("#units tbody tr")].map((tr) => tr.children[0].textContent!);

test("the reviewer sorts the units by clicking a column header, numbers as numbers", () => {
  open(
    batchHtml(
      [row("乙局", 2, "errors"), row("甲局", 10, "errors"), row("丙局", 0, "ready")],
      "2026-01-15T08:00:00Z",
    ),
  );
  const header = [...document.querySelectorAll("th")].find((th) => th.textContent === "错误")!;
  header.click();
  expect(units()).toEqual(["丙局", "乙局", "甲局"]);
  expect(header.getAttribute("aria-sort")).toBe("ascending");
  header.click();
  expect(units()).toEqual(["甲局", "乙局", "丙局"]);
  expect(document.body.textContent).toContain("共 3 个工作簿：可报送 1，有错误 2");
});

test("unit names and messages are escaped, and the CSP allows only the page's own script", () => {
  const html = batchHtml(
    [row(`<img src=x onerror="alert(1)">`, 1, "errors", "<script>alert(2)</script>")],
    "now",
  );
  expect(html).not.toContain("<img");
  expect(html).not.toContain("<script>alert");
  open(html);
  expect(document.querySelectorAll("img").length).toBe(0);
  expect(units()[0]).toBe(`<img src=x onerror="alert(1)">`);
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
  expect(csp).toMatch(
    /default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]{44}'/,
  );
});
