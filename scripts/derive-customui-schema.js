/*
 * Derives manifest-schemas/customui/customUI.xmllint.xsd from Microsoft's customUI.xsd: removes the attribute uses an
 * xsd:extension repeats from its base type (XSD 1.0 forbids them; xmllint refuses to compile the schema), one per
 * compiler error, until xmllint compiles it. See manifest-schemas/customui/README.md.
 *
 *   node scripts/derive-customui-schema.js SOURCE.xsd OUT.xsd
 */
const fs = require("fs");
const { spawnSync } = require("child_process");
const src = process.argv[2],
  out = process.argv[3];
let xsd = fs.readFileSync(src, "utf8");
const removed = [];
const ATTR = /<xsd:attribute name="(\w+)"[^>]*?(?:\/>|>[\s\S]*?<\/xsd:attribute>)/g;
function groupBlocks(name) {
  const m = new RegExp(`<xsd:attributeGroup name="${name}">([\\s\\S]*?)</xsd:attributeGroup>`).exec(xsd);
  if (!m) throw new Error("no group " + name);
  const direct = [...m[1].matchAll(ATTR)].map((x) => ({ name: x[1], xml: x[0] }));
  const refs = [...m[1].matchAll(/<xsd:attributeGroup ref="(\w+)"\/>/g)].flatMap((x) => groupBlocks(x[1]));
  return [...direct, ...refs];
}
for (let i = 0; i < 80; i++) {
  fs.writeFileSync(out, xsd);
  const r = spawnSync("xmllint", ["--noout", "--schema", out, "src/wps/addin/ribbon.xml"], {
    encoding: "utf8",
  });
  const errs = [...r.stderr.matchAll(/complex type '(\w+)': Duplicate attribute use '(\w+)'/g)];
  if (errs.length === 0) {
    console.log(r.stderr || "ok", r.status);
    break;
  }
  const [, type, attr] = errs[0];
  const body = new RegExp(`(<xsd:complexType name="${type}">[\\s\\S]*?</xsd:complexType>)`).exec(xsd)[1];
  const ext = /<xsd:extension[\s\S]*?<\/xsd:extension>/.exec(body)[0];
  let newExt;
  const direct = [...ext.matchAll(ATTR)].find((x) => x[1] === attr);
  if (direct) {
    newExt = ext.replace(direct[0], "");
    removed.push(`${type}: attribute ${attr}`);
  } else {
    const ref = [...ext.matchAll(/<xsd:attributeGroup ref="(\w+)"\/>/g)].find((r) =>
      groupBlocks(r[1]).some((b) => b.name === attr),
    );
    const keep = groupBlocks(ref[1])
      .filter((b) => b.name !== attr)
      .map((b) => b.xml)
      .join("\n        ");
    newExt = ext.replace(ref[0], keep);
    removed.push(`${type}: ${attr} (from attributeGroup ${ref[1]})`);
  }
  xsd = xsd.replace(body, body.replace(ext, newExt));
}
console.log(removed.join("\n"));
