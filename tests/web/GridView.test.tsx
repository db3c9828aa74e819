/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { type WorkbookGrid } from "../../src/core/grid";
import { type Highlight } from "../../src/core/host";
import { GridView, type GridViewProps } from "../../src/web/GridView";

const grid: WorkbookGrid = {
  sheets: [
    {
      name: "说明",
      rows: [["本表由办公室填报"]],
      merges: [],
    },
    { name: "空表", rows: [], merges: [] },
    {
      name: "统计表",
      rows: [
        ["项目", null, "数量"],
        ["收到申请", null, 5],
        ["其中：当面", null, "无"],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    },
  ],
};

const warn: Highlight = {
  sheet: "统计表",
  cell: "C3",
  severity: "warning",
  kind: "not-a-number",
  message: "填的是文字「无」",
};
const fail: Highlight = {
  sheet: "统计表",
  cell: "c3",
  severity: "error",
  kind: "subset-exceeds",
  message: "其中大于总数",
};

function show(props: Partial<GridViewProps>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <GridView grid={grid} result={null} highlights={[]} selected={null} {...props} />
    </FluentProvider>,
  );
}

const table = (sheet: string) =>
  screen.getByRole("region", { name: `工作表“${sheet}”` }).querySelector("table")!;

describe("GridView", () => {
  test("without recognised tables every sheet with content is shown, merged cells spanning", () => {
    show({});
    expect(screen.queryByRole("region", { name: "工作表“空表”" })).toBeNull();
    expect(table("说明").textContent).toContain("本表由办公室填报");
    const title = table("统计表").querySelector<HTMLTableCellElement>('td[data-cell="A1"]')!;
    expect(title.colSpan).toBe(2);
    expect(table("统计表").querySelector('td[data-cell="B1"]')).toBeNull();
  });

  test("a cell with several findings takes the worst colour and names every message", () => {
    show({ highlights: [warn, fail] });
    const cell = table("统计表").querySelector('td[data-cell="C3"]')!;
    expect(cell.getAttribute("data-severity")).toBe("error");
    expect(cell.getAttribute("aria-label")).toBe("C3：无。警告：填的是文字「无」\n错误：其中大于总数");
    expect(table("统计表").querySelector('td[data-cell="C2"]')!.getAttribute("data-severity")).toBeNull();
  });

  test("going to a cell inside a merge marks the merged cell, on that sheet only", () => {
    show({ selected: { sheet: "统计表", cell: "B1" } });
    expect(table("统计表").querySelector('[aria-current="true"]')!.getAttribute("data-cell")).toBe("A1");
    expect(table("说明").querySelector('[aria-current="true"]')).toBeNull();
  });
});
