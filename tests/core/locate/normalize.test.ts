import {
  bareLabel,
  coreLabel,
  displayLabel,
  normalizeLabel,
  shortLabel,
} from "../../../src/core/locate/normalize";
import { FilledForm } from "../helpers";

test.each([
  ["（一）予以公开", "(一)予以公开"],
  ["(一) 予以公开", "(一)予以公开"],
  ["1.属于国家秘密", "1.属于国家秘密"],
  ["1、属于国家秘密", "1.属于国家秘密"],
  ["1．属于国家秘密", "1.属于国家秘密"],
  ["（1）属于国家秘密", "1.属于国家秘密"],
  ["1)属于国家秘密", "1.属于国家秘密"],
  ["一、本年新收政府信息公开申请数量", "一.本年新收政府信息公开申请数量"],
  ["一．本年新收\n政府信息公开申请数量", "一.本年新收政府信息公开申请数量"],
  ["　　3.危及“三安全一稳定”", "3.危及三安全一稳定"],
  ["3.危及「三安全一稳定」", "3.危及三安全一稳定"],
  ["不是《条例》所指政府信息", "不是条例所指政府信息"],
  ["其中：涉及国家秘密：", "其中:涉及国家秘密"],
  ["本年收费金额（单位：万元）", "本年收费金额(单位:万元)"],
  // Pasted from web pages and other programs: invisible marks and other quote marks.
  ["\ufeff（一）予以公开", "(一)予以公开"],
  ["（一）予以\u200b公开", "(一)予以公开"],
  ["3.危及『三安全一稳定』", "3.危及三安全一稳定"],
  ["不是〈条例〉所指政府信息", "不是条例所指政府信息"],
])("normalizeLabel(%p) = %p", (raw, norm) => {
  expect(normalizeLabel(raw)).toBe(norm);
});

test("coreLabel drops trailing remarks but keeps an enumerator", () => {
  expect(coreLabel(normalizeLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))).toBe(
    "(二)部分公开",
  );
  expect(coreLabel(normalizeLabel("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）"))).toBe(
    "(一)主动公开政府信息数",
  );
  expect(coreLabel("(一)")).toBe("(一)");
});

test("bareLabel drops enumerator, remarks and 其中", () => {
  expect(bareLabel(normalizeLabel("（二）部分公开（区分处理的…）"))).toBe("部分公开");
  expect(bareLabel(normalizeLabel("其中：涉及国家秘密"))).toBe("涉及国家秘密");
  expect(bareLabel(normalizeLabel("5.其他形式"))).toBe("其他形式");
});

test("labels in messages lose invisible marks too", () => {
  expect(displayLabel("\ufeff（二）部分\u200b公开（区分处理的，只计这一情形，不计其他情形）")).toBe(
    "（二）部分公开",
  );
  expect(shortLabel("\u200b1.属于国家秘密")).toBe("属于国家秘密");
});

/** Rewrites the label cell that reads `from` (after its indentation) in the form's sheet. */
function relabel(form: FilledForm, from: string, to: string): void {
  const rows = form.grid.sheets[0].rows;
  const hits = rows
    .flatMap((r, i) => r.map((c, j) => [c, i, j] as const))
    .filter(([c]) => typeof c === "string" && c.trim() === from);
  expect(hits).toHaveLength(1);
  const [cell, i, j] = hits[0];
  rows[i][j] = String(cell).replace(from, to);
}

test("tables whose labels were pasted with BOMs, zero-width spaces and other quote marks are found in full", () => {
  const t2021 = new FilledForm("gov-2021", 1);
  relabel(t2021, "（一）予以公开", "\ufeff（一）予以公开");
  relabel(t2021, "3.危及“三安全一稳定”", "3.危及『三安全一稳定』\u200b");
  const pre = new FilledForm("pre-2019", 1);
  relabel(pre, "不是《条例》所指政府信息", "不是〈条例〉所指\u200b政府信息");
  for (const form of [t2021, pre]) expect(form.check().findings).toEqual([]);
});
