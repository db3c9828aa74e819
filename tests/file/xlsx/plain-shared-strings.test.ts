import { readPlainSharedStrings } from "../../../src/file/xlsx/plain-shared-strings";
import { sharedStrings } from "../../../src/file/xlsx/shared-strings";
import { XmlError } from "../../../src/file/xlsx/xml";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SST =
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">';

const table = (items: string): string => `${HEAD}${SST}${items}</sst>`;

function plain(items: string) {
  const xml = table(items);
  return readPlainSharedStrings(xml, xml.indexOf(SST) + SST.length);
}

describe("the plain reader of a shared string table", () => {
  test("reads plain items, with xml:space=preserve or without, in order, up to the end of </sst>", () => {
    const items = '<si><t>合计</t></si><si><t xml:space="preserve"> 自然人 </t></si><si><t>a > b</t></si>';
    const got = plain(items);
    expect(got?.items).toEqual(["合计", " 自然人 ", "a > b"]);
    expect(got?.end).toBe(table(items).length);
  });

  test.each([
    ["rich text", "<si><r><t>合</t></r><r><rPr><b/></rPr><t>计</t></r></si>"],
    ["a phonetic guide", '<si><t>合计</t><rPh sb="0" eb="1"><t>he</t></rPh></si>'],
    ["an entity", "<si><t>A&amp;B</t></si>"],
    ["a carriage return", "<si><t>a\r\nb</t></si>"],
    ["an empty item", "<si><t></t></si>"],
    ["an item without text", "<si/>"],
    ["whitespace between items", "<si><t>a</t></si>\n<si><t>b</t></si>"],
    ["a prefixed item", "<x:si><x:t>a</x:t></x:si>"],
    ["an unclosed item", "<si><t>a</t>"],
  ])("gives up, for the general reader, on %s", (_, items) => {
    expect(plain(items)).toBeNull();
  });

  test("a table it gives up on reads as the general reader reads it, each item once", () => {
    const xml = `${HEAD}${SST}<si><t>合计</t></si><si><r><t>自然</t></r><r><t>人</t></r></si><si><t>A&amp;B</t></si></sst>`;
    expect(sharedStrings(xml)).toEqual(["合计", "自然人", "A&B"]);
  });

  test("what follows the table read plainly is still checked as XML", () => {
    expect(sharedStrings(`${HEAD}${SST}<si><t>合计</t></si></sst>\n`)).toEqual(["合计"]);
    expect(() => sharedStrings(`${HEAD}${SST}<si><t>合计</t></si></sst><sst/>`)).toThrow(XmlError);
    expect(() => sharedStrings(`${HEAD}${SST}<si><t>合计</t></si></sst>x`)).toThrow(XmlError);
  });
});
