import { checkWorkbook } from "../../src/core/check";
import { officialLayout } from "../../src/core/layout/official-layout";
import { templateById } from "../../src/core/templates";
test("smoke", () => {
  for (const id of ["gov-2021", "gov-2019", "pre-2019"]) {
    const t = templateById(id)!;
    const layout = officialLayout(t);
    const r = checkWorkbook({ sheets: [{ name: layout.name, rows: layout.rows, merges: layout.merges }] });
    console.log(id, r.template, JSON.stringify(r.tables), r.summary, r.findings.filter(f=>f.kind!=="empty-required").map(f => f.message).slice(0, 8));
  }
});
