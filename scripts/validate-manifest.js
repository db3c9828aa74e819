/*
 * Checks an add-in manifest offline: `xmllint` against Microsoft's XSDs (manifest-schemas/, vendored because
 * `office-addin-manifest validate` needs Microsoft's online service), then what the XSDs cannot express:
 * every resid names a resource, ids are unique, every URL is HTTPS, string lengths.
 *
 *   node scripts/validate-manifest.js [manifest.xml …]
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const SCHEMA = path.join(__dirname, "..", "manifest-schemas", "OfficeAppManifestV1_1.xsd");
const SHORT_MAX = 125;
const LONG_MAX = 250;

function attributes(xml, element) {
  const re = new RegExp(`<${element}\\b([^>]*)>`, "g");
  const out = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs = {};
    for (const a of m[1].matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push({ attrs, line: xml.slice(0, m.index).split("\n").length });
  }
  return out;
}

function section(xml, name) {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? m[1] : "";
}

/** Problems the schema cannot see, in Chinese, each with its line. */
function structuralProblems(xml) {
  const problems = [];
  const resources = section(xml, "Resources");
  const resourceIds = new Map();
  for (const kind of ["bt:Image", "bt:Url", "bt:String"]) {
    for (const { attrs, line } of attributes(resources, kind)) {
      if (!attrs.id) continue;
      if (resourceIds.has(attrs.id))
        problems.push(`资源 id “${attrs.id}” 重复（第 ${line} 行附近，Resources 内）`);
      resourceIds.set(attrs.id, kind);
    }
  }
  const missing = new Set(
    [...xml.matchAll(/resid="([^"]*)"/g)].map((m) => m[1]).filter((id) => !resourceIds.has(id)),
  );
  for (const id of missing) problems.push(`resid “${id}” 在 Resources 中没有对应的资源`);
  const controlIds = new Map();
  for (const element of ["Group", "Control", "CustomTab"]) {
    for (const { attrs, line } of attributes(xml, element)) {
      if (!attrs.id) continue;
      if (controlIds.has(attrs.id)) problems.push(`控件 id “${attrs.id}” 重复（第 ${line} 行）`);
      controlIds.set(attrs.id, element);
    }
  }
  for (const m of xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g)) {
    if (!m[1].startsWith("https://")) problems.push(`地址 “${m[1]}” 不是 HTTPS，Office 会拒绝加载`);
  }
  for (const [name, max] of [
    ["ShortStrings", SHORT_MAX],
    ["LongStrings", LONG_MAX],
  ]) {
    for (const { attrs } of attributes(section(xml, `bt:${name}`), "bt:(?:String|Override)")) {
      const text = attrs.DefaultValue ?? attrs.Value ?? "";
      if (text.length > max)
        problems.push(`${name} 中 “${attrs.id ?? text.slice(0, 20)}” 长 ${text.length} 字，超过 ${max} 字`);
    }
  }
  return problems;
}

/** xmllint's verdict; null when the manifest matches the schema. */
function schemaProblem(file) {
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error) return `无法运行 xmllint（${run.error.code}）：请安装 libxml2-utils`;
  return run.status === 0 ? null : run.stderr.trim();
}

function validateManifest(file) {
  const problems = [];
  const schema = schemaProblem(file);
  if (schema) problems.push(schema);
  problems.push(...structuralProblems(fs.readFileSync(file, "utf8")));
  return problems;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  let failed = false;
  for (const file of files.length ? files : ["manifest.xml"]) {
    const problems = validateManifest(file);
    if (problems.length === 0) {
      console.log(`${file}：清单有效`);
      continue;
    }
    failed = true;
    console.error(`${file}：清单有 ${problems.length} 处问题`);
    for (const p of problems) console.error(`  - ${p}`);
  }
  process.exitCode = failed ? 1 : 0;
}

module.exports = { validateManifest, structuralProblems };
