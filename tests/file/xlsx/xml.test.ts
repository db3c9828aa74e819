import fc from "fast-check";
import { SaxesParser } from "saxes";
import { tokenize, XmlError } from "../../../src/file/xlsx/xml";
import { openWorkbookBytes } from "../../../src/file/read-workbook";
import { EXCEL_STYLE, writePackage } from "./fuzz-package";

type Event = string;

/** Events as our tokenizer gives them: open (local name + attributes), close, text (adjacent runs joined). */
function ours(xml: string): Event[] {
  const events: Event[] = [];
  let text = "";
  const flush = () => {
    if (text) events.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  tokenize(xml, {
    open(name, attrs) {
      flush();
      events.push(`open ${name} ${JSON.stringify(Object.entries(attrs).sort())}`);
    },
    close(name) {
      flush();
      events.push(`close ${name}`);
    },
    text(t) {
      text += t;
    },
  });
  return events;
}

/** The same from saxes, the well-kept streaming XML parser, as the reference. */
function saxes(xml: string): Event[] {
  const events: Event[] = [];
  let text = "";
  let depth = 0;
  const flush = () => {
    if (text && depth > 0) events.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  const local = (q: string) => q.slice(q.indexOf(":") + 1);
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    flush();
    depth++;
    events.push(`open ${local(tag.name)} ${JSON.stringify(Object.entries(tag.attributes).sort())}`);
  });
  parser.on("closetag", (tag) => {
    flush();
    depth--;
    events.push(`close ${local(tag.name)}`);
  });
  parser.on("text", (t) => (text += t));
  parser.on("cdata", (t) => (text += t));
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  return events;
}

const escText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const chars = fc.constantFrom("a", "中", " ", "\n", "\r", "\t", "&", "<", ">", '"', "'", "é", "😀", "]", "-");
const plain = fc.string({ unit: chars, maxLength: 8 });
const name = fc.tuple(
  fc.constantFrom("", "x:", "mc:"),
  fc.constantFrom("c", "v", "row", "si", "t", "sheetData"),
);
const attrName = fc.constantFrom("r", "t", "s", "r:id", "xml:space", "ref");

const node: fc.Memo<string> = fc.memo((depth) =>
  fc.oneof(
    { depthSize: "small" },
    plain.map(escText),
    plain.map((s) => [...s].map((ch) => `&#${ch.codePointAt(0)};`).join("")),
    plain.filter((s) => !s.includes("]]>")).map((s) => `<![CDATA[${s}]]>`),
    fc.constant("<!-- a comment -->"),
    depth > 0 ? element(depth - 1) : plain.map(escText),
  ),
);

function element(depth: number): fc.Arbitrary<string> {
  return fc
    .record({
      name,
      attrs: fc.uniqueArray(fc.tuple(attrName, plain, fc.boolean()), { selector: (a) => a[0], maxLength: 3 }),
      children: fc.array(node(depth), { maxLength: 4 }),
    })
    .map(({ name: [prefix, local], attrs, children }) => {
      const a = attrs
        .map(([k, v, single]) =>
          single
            ? ` ${k}='${escText(v).replace(/'/g, "&apos;")}'`
            : ` ${k}="${escText(v).replace(/"/g, "&quot;")}"`,
        )
        .join("");
      const q = `${prefix}${local}`;
      return children.length ? `<${q}${a}>${children.join("")}</${q}>` : `<${q}${a}/>`;
    });
}

const NS = ' xmlns="m" xmlns:x="x" xmlns:mc="mc" xmlns:r="r"';
const documentXml = element(3).map((root) => {
  const withNs = root.replace(/^<([^\s/>]+)/, `<$1${NS}`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${withNs}`;
});

describe("the XML tokenizer", () => {
  test("gives the same elements, attributes and text as saxes on any well-formed part", () => {
    fc.assert(
      fc.property(documentXml, (xml) => {
        expect(ours(xml)).toEqual(saxes(xml));
      }),
      { numRuns: 400 },
    );
  });

  test.each([
    [
      "a DOCTYPE (entity definitions: billion laughs, external entities)",
      '<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>',
    ],
    ["an undefined entity", "<a>&nbsp;</a>"],
    ["an unterminated entity", "<a>AT&T</a>"],
    ["crossed tags", "<a><b></a></b>"],
    ["an unclosed element", "<a><b></b>"],
    ["text after the root", "<a/>x"],
    ["two roots", "<a/><b/>"],
    ["'<' in an attribute", '<a b="<"/>'],
  ])("refuses %s", (_what, xml) => {
    expect(() => ours(xml)).toThrow(XmlError);
  });

  test("a sheet part with a DOCTYPE makes the workbook 已损坏, not an expanded entity", async () => {
    const bytes = writePackage(
      [{ name: "S", cells: [{ row: 0, col: 0, v: { kind: "number", value: 1 } }], merges: [] }],
      EXCEL_STYLE,
    );
    const { unzipSync, zipSync, strToU8, strFromU8 } = await import("fflate");
    const files = unzipSync(bytes);
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    files["xl/worksheets/sheet1.xml"] = strToU8(
      sheet.replace(
        "<worksheet",
        '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><worksheet',
      ),
    );
    const opened = await openWorkbookBytes(zipSync(files), "实体.xlsx");
    expect(opened).toEqual({ ok: false, message: expect.stringMatching(/「实体\.xlsx」已损坏/) });
  });
});
