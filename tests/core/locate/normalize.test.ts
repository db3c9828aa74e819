import { bareLabel, coreLabel, normalizeLabel } from "../../../src/core/locate/normalize";

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
