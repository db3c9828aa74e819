import { main } from "../../src/cli/main";
import { officeFolder } from "./batch-fixtures";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

test("nianbao check DIR/ --format summary|csv|html gives one line per unit and goes on after a bad file", async () => {
  const { dir } = await officeFolder();
  const summary = capture();
  expect(await main(["check", dir, "--format", "summary"], summary.io)).toBe(2);
  const lines = summary.out.join("\n").split("\n");
  expect(lines.filter((l) => /^(甲|乙|丙|丁)局/.test(l))).toHaveLength(4);
  expect(lines.find((l) => l.startsWith("乙局"))).toMatch(/有错误/);
  expect(lines.find((l) => l.startsWith("丁局"))).toMatch(/2019 年试行格式\s+0\s+1\s+1\s+可报送/);

  const csv = capture();
  await main(["check", dir, "--format", "csv"], csv.io);
  expect(
    csv.out
      .join("")
      .split("\r\n")
      .filter((l) => l.trim() !== ""),
  ).toHaveLength(7);

  const html = capture();
  await main(["check", dir, "--format", "html", "--jobs", "2"], html.io);
  const page = html.out.join("");
  expect(page).toContain('<table id="units">');
  expect(page).toContain("&#60;戊局&#62;&#38;");
  expect((page.match(/<tr class=/g) ?? []).length).toBe(6);
});
