import { checkWorkbook } from "../../src/core/check";
import { fromA1, toA1 } from "../../src/core/grid";
import { inputRuleCells } from "../../src/core/input-rules";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
import { ExcelHost } from "../../src/excel/ExcelHost";
import { cellFor, sheetByName, type SimSheet, type SimValidation } from "../../tools/excel-sim/model";
import { hasLibreOffice } from "../support/libreoffice";
import { gov2021Book, openIn, saveAndReopen, SHEET } from "./sim-workbook";

const COUNT_RULE = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };

/** A rule the clerk set up by hand: a list, with the clerk's own prompt. */
const CLERK_RULE: SimValidation = {
  rule: { list: { source: "0,1,2" } },
  ignoreBlanks: true,
  prompt: { showPrompt: true, title: "科室填报说明", message: "按科室台账填写" },
  errorAlert: { showAlert: true, style: "Warning", title: "请核对", message: "与台账不符" },
};

function values(sheet: SimSheet): string {
  return JSON.stringify(
    [...sheet.cells]
      .map(([k, c]) => [k, c.value, c.fill, c.numberFormat])
      .filter(([, v, f, n]) => v !== null || f !== null || n !== "General"),
  );
}

function rulesOf(sheet: SimSheet): Map<string, SimValidation> {
  const out = new Map<string, SimValidation>();
  for (const [k, c] of sheet.cells) {
    if (!c.validation) continue;
    const [row, col] = k.split(",").map(Number);
    out.set(toA1(row, col), c.validation);
  }
  return out;
}

/** The 万元 cell of a laid-out sheet, found by its printed labels: column 本年收费金额, row 行政事业性收费. */
function amountCell(sheet: SimSheet): string {
  let col = -1;
  let row = -1;
  for (const [k, c] of sheet.cells) {
    const [r, cc] = k.split(",").map(Number);
    if (c.value === "本年收费金额（单位：万元）") col = cc;
    if (c.value === "行政事业性收费") row = r;
  }
  return toA1(row, col);
}

describe("插入标准空白表 with input rules", () => {
  test("on ExcelApi 1.8 every input cell takes a rule: counts whole ≥ 0, 万元 two decimals; labels none", async () => {
    const { book } = gov2021Book();
    openIn(book, "1.8");
    const host = new ExcelHost();
    expect(host.capabilities().inputRules).toBe(true);
    const name = await host.insertBlankTemplate("gov-2021");
    const sheet = sheetByName(book, name)!;
    const layout = officialLayout(templateById("gov-2021")!, { sheetName: name });
    const rules = rulesOf(sheet);
    expect([...rules.keys()].sort()).toEqual(layout.inputs.map((i) => toA1(i.row, i.col)).sort());
    expect(sheet.protected).toBe(true);

    const amount = amountCell(sheet);
    expect(rules.get(amount)).toEqual({
      rule: { custom: { formula: `=AND(ISNUMBER(${amount}),${amount}>=0,ROUND(${amount},2)=${amount})` } },
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: "年报助手·万元", message: expect.stringContaining("最多两位小数") },
      errorAlert: {
        showAlert: true,
        style: "Stop",
        title: "年报助手：只能填金额",
        message: expect.any(String),
      },
    });
    const counts = [...rules].filter(([a]) => a !== amount);
    expect(counts.length).toBe(layout.inputs.length - 1);
    for (const [, v] of counts) {
      expect(v.rule).toEqual(COUNT_RULE);
      expect(v.prompt).toMatchObject({ showPrompt: true, title: "年报助手·件数" });
      expect(v.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
      expect((v.errorAlert as { message: string }).message).toContain("只能填 0 或正整数");
    }
  });

  test("before 1.8 the sheet is inserted without rules, and the pane is told", async () => {
    const { book } = gov2021Book();
    openIn(book, "1.7");
    const host = new ExcelHost();
    const name = await host.insertBlankTemplate("gov-2021");
    expect(rulesOf(sheetByName(book, name)!).size).toBe(0);
    expect(host.capabilities().inputRules).toBe(false);
    await expect(host.surveyInputRules([])).rejects.toThrow("需要 ExcelApi 1.8");
  });
});

describe("为统计表加输入校验 on a table already filled", () => {
  async function filled(host: ExcelHost) {
    const grid = await host.readGrid();
    return inputRuleCells(checkWorkbook(grid).binding!);
  }

  test("adds rules to the free cells only, never a value; 移除输入校验 removes ours and leaves the clerk's", async () => {
    const { book, sheet, cellOf } = gov2021Book();
    const own = fromA1(cellOf("t2021_3", "r1_new.np"));
    cellFor(sheet, own.row, own.col).validation = CLERK_RULE;
    const before = values(sheet);
    openIn(book, "1.8");
    const host = new ExcelHost();
    const cells = await filled(host);

    const survey = await host.surveyInputRules(cells);
    expect(survey.others.map((c) => c.cell)).toEqual([cellOf("t2021_3", "r1_new.np")]);
    expect(survey.ours).toEqual([]);
    expect(survey.free.length).toBe(cells.length - 1);

    await host.addInputRules(survey.free);
    expect(values(sheet)).toBe(before);
    const rules = rulesOf(sheet);
    expect(rules.size).toBe(cells.length);
    expect(rules.get(cellOf("t2021_3", "r1_new.np"))).toEqual(CLERK_RULE);
    expect(rules.get(cellOf("t2021_3", "r1_new.total"))?.rule).toEqual(COUNT_RULE);
    expect(rules.get(amountCell(sheet))?.prompt).toMatchObject({ title: "年报助手·万元" });

    const again = await host.surveyInputRules(cells);
    expect([again.free.length, again.ours.length, again.others.length]).toEqual([0, cells.length - 1, 1]);

    expect(await host.removeInputRules(cells)).toBe(cells.length - 1);
    expect([...rulesOf(sheet)]).toEqual([[cellOf("t2021_3", "r1_new.np"), CLERK_RULE]]);
    expect(values(sheet)).toBe(before);
    expect(await host.removeInputRules(cells)).toBe(0);
  });

  test.each([
    ["written by exceljs", false],
    ["saved again by LibreOffice Calc", true],
  ])(
    "our rules survive a save and reopen %s, and are still recognised as ours",
    async (_, viaLibreOffice) => {
      if (viaLibreOffice && !hasLibreOffice("the round trip through LibreOffice")) return;
      const { book, sheet: clerks, cellOf } = gov2021Book();
      const own = fromA1(cellOf("t2021_3", "r1_new.np"));
      cellFor(clerks, own.row, own.col).validation = CLERK_RULE;
      openIn(book, "1.8");
      const host = new ExcelHost();
      const cells = await filled(host);
      await host.addInputRules((await host.surveyInputRules(cells)).free);

      const reopened = await saveAndReopen(book, viaLibreOffice);
      openIn(reopened, "1.8");
      const after = new ExcelHost();
      const survey = await after.surveyInputRules(await filled(after));
      expect([survey.free.length, survey.ours.length, survey.others.length]).toEqual([
        0,
        cells.length - 1,
        1,
      ]);
      const sheet = sheetByName(reopened, SHEET)!;
      const amount = amountCell(sheet);
      expect(rulesOf(sheet).get(amount)?.rule).toEqual({
        custom: { formula: `=AND(ISNUMBER(${amount}),${amount}>=0,ROUND(${amount},2)=${amount})` },
      });
      expect(await after.removeInputRules(cells)).toBe(cells.length - 1);
      expect(rulesOf(sheet).size).toBe(1);
    },
  );
});
