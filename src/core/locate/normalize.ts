/**
 * Labels, the one place: how they are compared when tables are located (normalizeLabel and its core and bare forms)
 * and how they are shown in messages (displayLabel, shortLabel). Both drop the same spaces and remarks.
 */

/** Every kind of space a label picks up: line breaks, full-width and no-break spaces, zero-width spaces, BOMs. */
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
/** （一） (一) 一、 一. 一． 1、 1. 1．: full- and half-width forms alike. */
const ENUMERATOR = /^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．]|[0-9]+[、.．])/;
const ZHONG = /^其中[：:]?/;

function withoutSpaces(text: string): string {
  return text.replace(SPACE, "");
}

/** Trailing remarks in brackets dropped, a leading enumerator such as "（一）" kept even when it is all that is left. */
function withoutRemarks(label: string): string {
  let s = label;
  for (;;) {
    const m = /^(.+?)[（(][^（）()]*[）)]$/.exec(s);
    if (!m || ENUMERATOR.exec(m[1])?.[0] === m[1]) return s;
    s = m[1];
  }
}

function withoutEnumerator(label: string): string {
  return label.replace(ZHONG, "").replace(ENUMERATOR, "").replace(ZHONG, "");
}

/**
 * Label text as clerks type it → one comparable form. Covers full-width/half-width forms (NFKC),
 * every kind of space and line break, enumerator punctuation (1、 1． 1. (1) 1) → 1.), quotes and a trailing colon.
 */
export function normalizeLabel(text: string): string {
  return (
    withoutSpaces(text.normalize("NFKC"))
      // Quotes and book-title marks are typed in every style, or left out: 危及“三安全一稳定”, 不是《条例》所指.
      .replace(/[“”„‟"'‘’「」『』《》〈〉]/g, "")
      .replace(/^([0-9]+|[一二三四五六七八九十]+)[、.,，:：]/, "$1.")
      // Items numbered (1) or 1) instead of 1.
      .replace(/^\(?([0-9]+)\)/, "$1.")
      .replace(/[:：]$/, "")
  );
}

/** The label without trailing remarks in brackets: "(二)部分公开(区分处理的…)" → "(二)部分公开". */
export function coreLabel(norm: string): string {
  return withoutRemarks(norm);
}

/** The label without its enumerator and remarks: "(二)部分公开(…)" → "部分公开", "其中:涉及国家秘密" → "涉及国家秘密". */
export function bareLabel(norm: string): string {
  return withoutEnumerator(coreLabel(norm));
}

/** The label as printed in the form, without spaces and trailing remarks: "（二）部分公开（区分处理的…）" → "（二）部分公开". */
export function displayLabel(label: string): string {
  return withoutRemarks(withoutSpaces(label).normalize("NFC"));
}

/** The label without enumerator and 其中: "（二）部分公开（…）" → "部分公开", "其中：涉及国家秘密" → "涉及国家秘密". */
export function shortLabel(label: string): string {
  const display = displayLabel(label);
  return withoutEnumerator(display) || display;
}
