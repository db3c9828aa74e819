import { decodeEntities, lines } from "./xml-text";

/**
 * The attributes of the start tag being reported, read where they stand in the text: the tokenizer checks every
 * attribute as it passes and records where it is, and a value becomes a string only when a reader asks for it.
 * Valid only during the handler's open() call (the next tag reuses it).
 */
export class Attributes {
  private xml = "";
  /** nameStart, nameEnd, valueStart, valueEnd of each attribute, in order. */
  private readonly at: number[] = [];
  private count = 0;

  /** Starts the attributes of a new tag of `xml`. */
  reset(xml: string): void {
    this.xml = xml;
    this.count = 0;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const i = this.count++ * 4;
    this.at[i] = nameStart;
    this.at[i + 1] = nameEnd;
    this.at[i + 2] = valueStart;
    this.at[i + 3] = valueEnd;
  }

  get size(): number {
    return this.count;
  }

  /** The value of the attribute with this qualified name ("r", "r:id"), decoded; undefined when absent. */
  get(name: string): string | undefined {
    for (let i = 0; i < this.count * 4; i += 4)
      if (this.at[i + 1] - this.at[i] === name.length && this.xml.startsWith(name, this.at[i]))
        return this.value(i);
    return undefined;
  }

  /** Every attribute as [qualified name, decoded value], in document order (a repeated name: the last wins). */
  record(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = 0; i < this.count * 4; i += 4)
      out[this.xml.slice(this.at[i], this.at[i + 1])] = this.value(i);
    return out;
  }

  private value(i: number): string {
    const raw = this.xml.slice(this.at[i + 2], this.at[i + 3]);
    // Literal tabs and line breaks in an attribute are spaces (XML's attribute-value normalization); &#10; stays.
    return /[&\t\n\r]/.test(raw) ? decodeEntities(lines(raw).replace(/[\t\n]/g, " ")) : raw;
  }
}
