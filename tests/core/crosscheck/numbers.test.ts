import { chineseNumeral, findQuantities, fits } from "../../../src/core/crosscheck";

test.each([
  ["十二", 12],
  ["一百零三", 103],
  ["两千零五十", 2050],
  ["三万五千", 35000],
  ["十", 10],
  ["七百一十三", 713],
])("%s is %d", (text, value) => {
  expect(chineseNumeral(text)).toBe(value);
});

test("digits, full-width digits and Chinese numerals with their units", () => {
  const q = findQuantities("新收申请713件，上年结转３６件，复议四件，解读一百零三篇，收费12.5万元");
  expect(q.map((x) => [x.value, x.unit])).toEqual([
    [713, "件"],
    [36, "件"],
    [4, "件"],
    [103, "篇"],
    [12.5, "万元"],
  ]);
});

test("ordinals, counting rules and years are not quoted figures", () => {
  expect(findQuantities("依据第一条规定，不同渠道公开相同信息计1条，2018年度")).toEqual([]);
});

test("「500多条」 fits 500 to 599, an exact figure only itself", () => {
  const [vague] = findQuantities("微信公开500多条");
  expect(vague.vague).toBe(true);
  expect(fits(vague, 585)).toBe(true);
  expect(fits(vague, 500)).toBe(true);
  expect(fits(vague, 600)).toBe(false);
  expect(fits(vague, 499)).toBe(false);
  const [ten] = findQuantities("回应十余次");
  expect([fits(ten, 12), fits(ten, 20)]).toEqual([true, false]);
  expect(fits(findQuantities("7条")[0], 3)).toBe(false);
});
