/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WebChecker } from "../../src/web/WebChecker";
import { installBrowserApis } from "../taskpane/browser-apis";

installBrowserApis();

function show() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WebChecker />
    </FluentProvider>,
  );
}

const grid = () => screen.getByRole("region", { name: "表格预览（只读）" });
const gridCell = (a1: string) => grid().querySelector<HTMLTableCellElement>(`td[data-cell="${a1}"]`)!;

describe("the web checker page", () => {
  test("says the file stays on this computer before anything is opened", () => {
    show();
    expect(screen.getByText(/文件不会上传到任何服务器/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "打开示例" })).toBeTruthy();
    expect(screen.queryByRole("list", { name: "检查结果" })).toBeNull();
  });

  test("the sample: findings beside the grid, coloured cells, a click marks the cell", async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole("button", { name: "打开示例" }));
    const list = await screen.findByRole("list", { name: "检查结果" }, { timeout: 10000 });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(4);
    await waitFor(() => expect(grid().querySelectorAll("td[data-severity]")).toHaveLength(4));

    const notNumber = items.find((i) => i.textContent?.includes("两件"))!;
    const a1 = notNumber.getAttribute("data-cell")!;
    expect(gridCell(a1).textContent).toBe("两件");
    expect(gridCell(a1).getAttribute("data-severity")).toBe("error");
    expect(gridCell(a1).getAttribute("aria-label")).toContain("不是数字");
    expect(gridCell(a1).getAttribute("aria-current")).toBeNull();

    await user.click(notNumber);
    await waitFor(() => expect(gridCell(a1).getAttribute("aria-current")).toBe("true"));
    expect(grid().querySelectorAll('[aria-current="true"]')).toHaveLength(1);

    // The sample has a blank cell, but the page cannot write it: no 填 0 offer.
    expect(screen.queryByRole("button", { name: /填 0/ })).toBeNull();

    await user.click(screen.getByRole("button", { name: "清除标记" }));
    await waitFor(() => expect(grid().querySelectorAll("td[data-severity]")).toHaveLength(0));
  });

  test("merged header cells span their rows and columns, covered cells are not drawn", async () => {
    const user = userEvent.setup();
    show();
    await user.click(screen.getByRole("button", { name: "打开示例" }));
    await screen.findByRole("list", { name: "检查结果" }, { timeout: 10000 });
    const spanning = [...grid().querySelectorAll<HTMLTableCellElement>("td[data-cell]")].filter(
      (td) => td.colSpan > 1 || td.rowSpan > 1,
    );
    expect(spanning.length).toBeGreaterThan(5);
    const heading = spanning.find((td) => td.textContent === "申请人情况")!;
    expect(heading.colSpan).toBe(7);
  });
});

describe("the web checker page with a chosen file", () => {
  test("a workbook without a standard table offers the blank standard form as a download", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("工资表").getCell("A1").value = "姓名";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return "blob:test";
    };
    URL.revokeObjectURL = () => undefined;
    const user = userEvent.setup();
    show();
    const file = new File([bytes], "工资表.xlsx");
    await user.upload(screen.getByLabelText("选择 .xlsx 文件"), file);
    await screen.findByText("当前文件：工资表.xlsx", undefined, { timeout: 10000 });
    expect(grid().textContent).toContain("姓名");
    expect(screen.getByRole("button", { name: "下载标注版" }).getAttribute("aria-disabled")).toBe("true");
    await user.click(await screen.findByRole("button", { name: "插入标准空白表" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(await screen.findByText(/标准空白表_2021 年格式\.xlsx/)).toBeTruthy();
  });
});
