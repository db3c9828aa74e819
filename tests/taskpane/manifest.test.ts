import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { describeWith } from "../support/needs-tool";

const root = join(__dirname, "../..");
const script = join(root, "scripts/validate-manifest.js");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is plain CommonJS run by npm, not a module of the app
const { structuralProblems } = require(script) as { structuralProblems(xml: string): string[] };
const withXmllint = describeWith(
  spawnSync("xmllint", ["--version"]).status === 0,
  "xmllint",
  "apt-get install libxml2-utils (Debian/Ubuntu), brew install libxml2 (macOS)",
);

function validate(xml: string): { status: number | null; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
  writeFileSync(file, xml);
  const run = spawnSync(process.execPath, [script, file], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

withXmllint("the manifest against Microsoft's XSDs (xmllint)", () => {
  test("the manifest matches Microsoft's schema and refers only to resources it defines", () => {
    const run = validate(manifest);
    expect(run.output).toContain("清单有效");
    expect(run.status).toBe(0);
  });

  test("a manifest that breaks the schema is rejected with xmllint's reason", () => {
    const run = validate(
      manifest.replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>WriteEverything</Permissions>",
      ),
    );
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/Permissions/);
  });
});

test("dangling resids, duplicate ids and plain-HTTP addresses are reported in Chinese", () => {
  expect(structuralProblems(manifest)).toEqual([]);
  const broken = manifest
    .replace('<bt:Image id="Icon.80"', '<bt:Image id="Icon.81"')
    .replace('id="Nianbao.OpenPane"', 'id="Nianbao.RunCheck"')
    .replace("https://localhost:3000/commands.html", "http://localhost:3000/commands.html");
  const problems = structuralProblems(broken).join("\n");
  expect(problems).toContain("resid “Icon.80” 在 Resources 中没有对应的资源");
  expect(problems).toContain("控件 id “Nianbao.RunCheck” 重复");
  expect(problems).toContain("http://localhost:3000/commands.html” 不是 HTTPS");
});

test("the manifest opens the pane from taskpane.html and offers the two Home-tab buttons", () => {
  expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
  expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.1" \/>/);
  expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html" \/>/);
  expect(manifest).toMatch(/DefaultValue="一键检查"/);
  expect(manifest).toMatch(/DefaultValue="打开年报助手"/);
  expect(manifest).toMatch(/<FunctionName>runCheck<\/FunctionName>/);
});
