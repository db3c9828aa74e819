import { checkWorkbook, type CheckResult } from "../../../src/core/check";
import { type WorkbookGrid } from "../../../src/core/grid";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { type Figures } from "../../../src/core/rules/context";
import { templateById } from "../../../src/core/templates";

/** Table 三 rows as [自然人, 商业企业]; 总计 is their sum, the other columns 0. Balanced: 749 = 672 + 77. */
const APPLICATIONS: Record<string, [number, number]> = {
  r1_new: [600, 113],
  r2_carry_in: [30, 6],
  r3_1: [250, 44],
  r3_2: [90, 11],
  r3_3_4: [10, 2],
  r3_4_1: [150, 30],
  r3_5_2: [50, 10],
  r3_6_1: [20, 5],
  r3_7_total: [570, 102],
  r4_carry_out: [60, 17],
};

function table3(template: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [row, [np, biz]] of Object.entries(APPLICATIONS)) {
    const id = row === "r3_6_1" && template === "gov-2019" ? "r3_6" : row;
    Object.assign(out, { [`${id}.np`]: np, [`${id}.biz`]: biz, [`${id}.total`]: np + biz });
  }
  return out;
}

const CASES = {
  "cases.fy_wc": 2,
  "cases.fy_jz": 1,
  "cases.fy_wsj": 1,
  "cases.fy_total": 4,
  "cases.ss_direct_wc": 1,
  "cases.ss_direct_total": 1,
};

/** Figures of a full, consistent report per template. */
export const FULL: Record<string, Figures> = {
  "gov-2021": {
    t2021_2: {
      "xzgfxwj.made": 5,
      "xzgfxwj.repealed": 2,
      "xzgfxwj.valid": 31,
      "xzxk.decisions": 120,
      "xzcf.decisions": 45,
      "xzsyxsf.amount": 12.5,
    },
    t2021_3: table3("gov-2021"),
    t2021_4: CASES,
  },
  "gov-2019": {
    t2019_2: {
      "gfxwj.new_made": 4,
      "gfxwj.new_published": 4,
      "gfxwj.total_published": 27,
      "xzxk.prev_items": 30,
      "xzxk.decisions": 88,
      "zfjzcg.purchases": 6,
      "zfjzcg.amount": 230.5,
    },
    t2019_3: table3("gov-2019"),
    t2019_4: CASES,
  },
  "pre-2019": {
    pre2019: {
      "P1_1.value": 92,
      "P1_2.value": 899,
      "P1_2_2.value": 262,
      "P1_2_4.value": 585,
      "P1_2_5.value": 52,
      "P2_1.value": 2,
      "P2_2.value": 3,
      "P2_2_3.value": 3,
      "P3_1.value": 5,
      "P3_1_3.value": 5,
      "P3_2.value": 5,
      "P3_2_1.value": 5,
      "P3_3.value": 5,
      "P3_3_2.value": 4,
      "P3_3_6.value": 1,
      "P10_3.value": 2,
      "P10_3_2.value": 2,
    },
  },
};

/** Every data cell of the template filled: given figures, 0 elsewhere. */
export function filled(templateId: string, figures: Figures = {}): Figures {
  const template = templateById(templateId)!;
  const out: Figures = {};
  for (const input of officialLayout(template).inputs) {
    out[input.tableId] ??= {};
    out[input.tableId][input.key] = figures[input.tableId]?.[input.key] ?? 0;
  }
  return out;
}

export function workbook(templateId: string, figures: Figures, heading?: string): WorkbookGrid {
  const layout = officialLayout(templateById(templateId)!, { figures, heading });
  return { sheets: [{ name: layout.name, rows: layout.rows, merges: layout.merges }] };
}

export function checked(templateId: string, figures: Figures, heading?: string): CheckResult {
  return checkWorkbook(workbook(templateId, figures, heading));
}
