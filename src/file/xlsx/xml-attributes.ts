import { decodeEntities, lines } from "./xml-text";

const SLOTS = 5;

/**
 * The attributes of the start tag being reported, read where they stand in the text: the tokenizer checks every
 * attribute as it passes and records where it is, and a value becomes a string only when a reader asks for it.
 * Valid only during the handler's open() call (the next tag reuses it).
 */
export class Attributes {
  private xml = "";
  /** nameStart, nameEnd, valueStart, valueEnd and whether the value needs decoding (1/0), of each attribute. */
  private readonly at: number[] = [];
  private count = 0;

  /** Starts the attributes of a new tag of `xml`. */
  reset(xml: string): void {
    this.xml = xml;
    this.count = 0;
  }

  /** `special`: the value holds '&', a tab or a line break, and is decoded when read. */
  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, special: boolean): void {
    const i = this.count++ * SLOTS;
    this.at[i] = nameStart;
    this.at[i + 1] = nameEnd;
    this.at[i + 2] = valueStart;
    this.at[i + 3] = valueEnd;
    this.at[i + 4] = special ? 1 : 0;
  }

  get size(): number {
    return this.count;
  }

  /** The value of the attribute with this qualified name ("r", "r:id"), decoded; undefined when absent. */
  get(name: string): string | undefined {
    const first = name.charCodeAt(0);
    for (let i = 0; i < this.count * SLOTS; i += SLOTS)
      if (
        this.at[i + 1] - this.at[i] === name.length &&
        this.xml.charCodeAt(this.at[i]) === first &&
        (name.length === 1 || this.xml.startsWith(name, this.at[i]))
      )
        return this.value(i);
    return undefined;
  }

  /** Every attribute as [qualified name, decoded value], in document order (a repeated name: the last wins). */
  record(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = 0; i < this.count * SLOTS; i += SLOTS)
      out[this.xml.slice(this.at[i], this.at[i + 1])] = this.value(i);
    return out;
  }

  private value(i: number): string {
    const raw = this.xml.slice(this.at[i + 2], this.at[i + 3]);
    // Literal tabs and line breaks in an attribute are spaces (XML's attribute-value normalization); &#10; stays.
    return this.at[i + 4] ? decodeEntities(lines(raw).replace(/[\t\n]/g, " ")) : raw;
  }
}
