import { fromA1 } from "../../core/grid";
import { applyEdits, type Edit, prefixOf, withAttribute } from "./edit-xml";
import { tokenize } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A note to add at a cell, after whatever note the cell already has. */
export interface Note {
  address: string;
  text: string;
}

/**
 * The comments part with `notes` added: a cell that already has a comment keeps it and gets ours appended to its
 * text; other cells get a new comment by the author 年报助手. Returns the part and the cells that got a new comment
 * (they need a shape in the VML drawing). `xml` null: a new comments part.
 */
export function addComments(
  xml: string | null,
  notes: readonly Note[],
  author: string,
): { xml: string; added: string[] } {
  const source =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
  const authors: string[] = [];
  const existing = new Map<
    string,
    { lastTextOpen?: [number, number]; lastTextClose?: number; textClose?: number }
  >();
  let authorsClose = -1;
  let listClose = -1;
  let inAuthor = false;
  let authorText = "";
  let current: string | null = null;
  let rootStart = 0;
  tokenize(source, {
    open(name, attrs, selfClosing, start, end) {
      if (name === "comments") rootStart = start;
      else if (name === "author") {
        inAuthor = !selfClosing;
        authorText = "";
        if (selfClosing) authors.push("");
      } else if (name === "comment") {
        current = (attrs.ref ?? "").toUpperCase();
        existing.set(current, {});
      } else if (name === "t" && current) existing.get(current)!.lastTextOpen = [start, end];
    },
    close(name, start) {
      if (name === "author" && inAuthor) {
        authors.push(authorText);
        inAuthor = false;
      } else if (name === "authors") authorsClose = start;
      else if (name === "commentList") listClose = start;
      else if (name === "t" && current) existing.get(current)!.lastTextClose = start;
      else if (name === "text" && current) existing.get(current)!.textClose = start;
      else if (name === "comment") current = null;
    },
    text(t) {
      if (inAuthor) authorText += t;
    },
  });
  const p = prefixOf(source, rootStart);
  if (authorsClose < 0 || listClose < 0) throw new Error("comments part without authors or commentList");
  const edits: Edit[] = [];
  let authorId = authors.indexOf(author);
  if (authorId < 0) {
    authorId = authors.length;
    edits.push({ start: authorsClose, end: authorsClose, text: `<${p}author>${esc(author)}</${p}author>` });
  }
  const added: string[] = [];
  const fresh: string[] = [];
  for (const note of notes) {
    const address = note.address.toUpperCase();
    const old = existing.get(address);
    if (old && old.lastTextOpen && old.lastTextClose !== undefined) {
      const [s, e] = old.lastTextOpen;
      edits.push({ start: s, end: e, text: withAttribute(source.slice(s, e), "xml:space", "preserve") });
      edits.push({ start: old.lastTextClose, end: old.lastTextClose, text: esc(`\n\n${note.text}`) });
    } else if (old && old.textClose !== undefined) {
      edits.push({
        start: old.textClose,
        end: old.textClose,
        text: `<${p}r><${p}t xml:space="preserve">${esc(note.text)}</${p}t></${p}r>`,
      });
    } else {
      fresh.push(
        `<${p}comment ref="${address}" authorId="${authorId}"><${p}text><${p}r><${p}t xml:space="preserve">${esc(note.text)}</${p}t></${p}r></${p}text></${p}comment>`,
      );
      added.push(address);
    }
  }
  edits.push({ start: listClose, end: listClose, text: fresh.join("") });
  return { xml: applyEdits(source, edits), added };
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function shape(id: number, address: string): string {
  const { row, col } = fromA1(address);
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:240pt;height:90pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 5}, 15, ${row + 6}, 2</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/**
 * The legacy VML drawing that shows notes in Excel, with a hidden note shape for each of `addresses` added.
 * VML from Office is often not well-formed XML, so it is extended as text: shapes go before the closing tag.
 * `vml` null: a new drawing, its shape ids in block `block` (one block of 1024 per drawing of the workbook).
 */
export function addNoteShapes(vml: string | null, addresses: readonly string[], block: number): string {
  if (addresses.length === 0 && vml !== null) return vml;
  const source =
    vml ??
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout></xml>`;
  const ids = [...source.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  let next = Math.max(block * 1024, ...ids) + 1;
  const close = source.lastIndexOf("</xml>");
  if (close < 0) throw new Error("VML drawing without </xml>");
  const type = source.includes('id="_x0000_t202"') ? "" : SHAPE_TYPE;
  const shapes = addresses.map((a) => shape(next++, a)).join("");
  return source.slice(0, close) + type + shapes + source.slice(close);
}
