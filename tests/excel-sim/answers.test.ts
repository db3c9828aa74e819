import { addSheet, cellFor, emptyWorkbook, quoteSheet, type SimWorkbook } from "../../tools/excel-sim/model";
import { Interpreter, type RichRequest, type RichResponse } from "../../tools/excel-sim/rich-api";

/**
 * The simulator answers as Microsoft documents Excel (SIMULATOR.md cites each source). Batches are written here
 * the way office.js sends them: object paths (1 global, 3 method, 4 property, 5 indexer) and actions (1 instantiate,
 * 2 query, 3 method, 4 set property).
 */

type Step = string | [string, ...unknown[]];

/** One batch: the object reached by `steps` from the workbook, then `action` on it. */
function batch(
  steps: Step[],
  action: { query?: string[]; call?: [string, ...unknown[]]; set?: [string, unknown] },
): RichRequest {
  const paths: NonNullable<RichRequest["ObjectPaths"]> = { "1": { Id: 1, ObjectPathType: 1, Name: "" } };
  let parent = 1;
  steps.forEach((s, i) => {
    const id = i + 2;
    if (typeof s === "string") paths[id] = { Id: id, ObjectPathType: 4, Name: s, ParentObjectPathId: parent };
    else if (s[0] === "[]")
      paths[id] = {
        Id: id,
        ObjectPathType: 5,
        Name: "",
        ParentObjectPathId: parent,
        ArgumentInfo: { Arguments: s.slice(1) },
      };
    else
      paths[id] = {
        Id: id,
        ObjectPathType: 3,
        Name: s[0],
        ParentObjectPathId: parent,
        ArgumentInfo: { Arguments: s.slice(1) },
      };
    parent = id;
  });
  const act = action.query
    ? { Id: 100, ActionType: 2, Name: "", ObjectPathId: parent, QueryInfo: { Select: action.query } }
    : action.call
      ? {
          Id: 100,
          ActionType: 3,
          Name: action.call[0],
          ObjectPathId: parent,
          ArgumentInfo: { Arguments: action.call.slice(1) },
        }
      : {
          Id: 100,
          ActionType: 4,
          Name: action.set![0],
          ObjectPathId: parent,
          ArgumentInfo: { Arguments: [action.set![1]] },
        };
  return { Actions: [act], ObjectPaths: paths };
}

function run(book: SimWorkbook, level: string, body: RichRequest): RichResponse {
  return new Interpreter(book, level).run(body, "").response;
}

function value(r: RichResponse): Record<string, unknown> {
  if (r.Error) throw new Error(`${r.Error.Code}: ${r.Error.Message}`);
  return r.Results.find((x) => x.ActionId === 100)!.Value as Record<string, unknown>;
}

function book(name = "2025年报"): SimWorkbook {
  const b = emptyWorkbook();
  const s = addSheet(b, name);
  cellFor(s, 1, 1).value = 7; // B2
  cellFor(s, 5, 3).fill = "#FFFF00"; // D6: formatted, no value
  s.merges.push({ top: 0, left: 0, bottom: 0, right: 2 }, { top: 2, left: 0, bottom: 3, right: 0 });
  return b;
}

const sheet = (name = "2025年报"): Step[] => ["Worksheets", ["[]", name]];

test("the used range counts formatted cells unless valuesOnly (ExcelApi 1.2), and a blank sheet gives A1", () => {
  const b = book();
  expect(value(run(b, "1.1", batch([...sheet(), ["GetUsedRange", null]], { query: ["address"] })))).toEqual({
    Address: "'2025年报'!B2:D6",
  });
  expect(value(run(b, "1.2", batch([...sheet(), ["GetUsedRange", true]], { query: ["address"] })))).toEqual({
    Address: "'2025年报'!B2",
  });
  expect(run(b, "1.1", batch([...sheet(), ["GetUsedRange", true]], { query: ["address"] })).Error?.Code).toBe(
    "ApiNotFound",
  );
  addSheet(b, "空表");
  expect(
    value(run(b, "1.1", batch([...sheet("空表"), ["GetUsedRange", null]], { query: ["address"] }))),
  ).toEqual({
    Address: "空表!A1",
  });
});

test('a cell without fill reads "#FFFFFF", as Excel answers (office-js#6218); a mixed range reads null', () => {
  const b = book();
  const fill = (address: string): Step[] => [...sheet(), ["GetRange", address], "Format", "Fill"];
  expect(value(run(b, "1.1", batch(fill("A1"), { query: ["color"] })))).toEqual({ Color: "#FFFFFF" });
  expect(value(run(b, "1.1", batch(fill("D6"), { query: ["color"] })))).toEqual({ Color: "#FFFF00" });
  expect(value(run(b, "1.1", batch(fill("D5:D6"), { query: ["color"] })))).toEqual({ Color: null });
});

test("sheet names are quoted in addresses where Excel quotes them", () => {
  expect(quoteSheet("Sheet1")).toBe("Sheet1");
  expect(quoteSheet("统计表")).toBe("统计表");
  expect(quoteSheet("2025年报")).toBe("'2025年报'");
  expect(quoteSheet("年报 定稿")).toBe("'年报 定稿'");
  expect(quoteSheet("A1")).toBe("'A1'");
  expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
});

test("merged areas come as one address with every area and its sheet, joined by ', ', from ExcelApi 1.13", () => {
  const b = book();
  const merged: Step[] = [...sheet(), ["GetRange", "A1:E9"], ["GetMergedAreasOrNullObject"]];
  expect(value(run(b, "1.13", batch(merged, { query: ["address"] })))).toEqual({
    Address: "'2025年报'!A1:C1, '2025年报'!A3:A4",
  });
  expect(run(b, "1.12", batch(merged, { query: ["address"] })).Error?.Code).toBe("ApiNotFound");
  const none: Step[] = [...sheet(), ["GetRange", "E9"], ["GetMergedAreasOrNullObject"]];
  expect(run(b, "1.13", batch(none, { query: ["address"] })).Results).toContainEqual({
    ActionId: 100,
    Value: null,
  });
});

test("a conditional format's id is its priority: a new rule takes 0 and the others move down", () => {
  const b = book();
  const add = (address: string): RichRequest =>
    batch([...sheet(), ["GetRange", address], "ConditionalFormats", ["Add", "Custom"], "Custom", "Rule"], {
      set: ["Formula", `=N("${address}")=0`],
    });
  run(b, "1.6", add("B2"));
  run(b, "1.6", add("C3"));
  const list = value(
    run(
      b,
      "1.6",
      batch([...sheet(), ["GetRange", null], "ConditionalFormats"], {
        query: ["id", "customOrNullObject/rule/formula"],
      }),
    ),
  );
  expect(list._Items).toEqual([
    { Id: "0", CustomOrNullObject: { Rule: { Formula: '=N("C3")=0' } } },
    { Id: "1", CustomOrNullObject: { Rule: { Formula: '=N("B2")=0' } } },
  ]);
  expect(run(b, "1.5", add("D4")).Error?.Code).toBe("ApiNotFound");
});

test("workbook settings need ExcelApi 1.4; what the simulator does not implement fails loudly", () => {
  const b = book();
  expect(
    run(b, "1.3", batch(["Settings", ["GetItemOrNullObject", "k"]], { query: ["value"] })).Error?.Code,
  ).toBe("ApiNotFound");
  run(b, "1.4", batch(["Settings", ["Add", "k", { a: 1 }]], { query: ["value"] }));
  expect(b.settings.get("k")).toEqual({ a: 1 });
  const unknown = run(
    b,
    "1.21",
    batch([...sheet(), ["GetRange", "A1"], "Format", "Font"], { set: ["Italic", true] }),
  );
  expect(unknown.Error?.Code).toBe("NotImplemented");
});
