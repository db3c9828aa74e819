import { parseTemplate } from "../../../src/core/templates";
import gov2021 from "../../../src/core/templates/gov-2021.json";

type Data = { tables: Array<{ relations: Array<Record<string, unknown>> }> };
const copy = (): Data => JSON.parse(JSON.stringify(gov2021)) as Data;

test("every relation states its severity: a template that leaves it out is refused, naming the field", () => {
  const data = copy();
  delete data.tables[2].relations[0].severity;
  expect(() => parseTemplate(data, "我的模板.json")).toThrow(
    /^模板 我的模板\.json 不符合模板格式：tables\.2\.relations\.0\.severity：/,
  );
});

test("a relation of a kind no rule checks is refused", () => {
  const data = copy();
  data.tables[2].relations[0].kind = "product";
  expect(() => parseTemplate(data, "我的模板.json")).toThrow(/tables\.2\.relations\.0\.kind/);
});
