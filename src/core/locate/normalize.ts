/**
 * Label text as clerks type it → one comparable form. Covers full-width/half-width forms (NFKC),
 * every kind of space and line break, enumerator punctuation (1、 1． 1. (1) 1) → 1.), quotes and a trailing colon.
 */
export function normalizeLabel(text: string): string {
  return (
    text
      .normalize("NFKC")
      .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, "")
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
  let s = norm;
  for (;;) {
    const m = /^(.+?)\([^()]*\)$/.exec(s);
    if (!m || /^\([^()]*\)$/.test(s)) return s;
    // Keep a leading enumerator such as "(一)" that would otherwise be the whole label.
    if (/^\([一二三四五六七八九十]+\)$/.test(m[1])) return s;
    s = m[1];
  }
}

/** The label without its enumerator and remarks: "(二)部分公开(…)" → "部分公开", "其中:涉及国家秘密" → "涉及国家秘密". */
export function bareLabel(norm: string): string {
  return coreLabel(norm)
    .replace(/^其中[:：]?/, "")
    .replace(/^(\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+\.|[0-9]+\.)/, "")
    .replace(/^其中[:：]?/, "");
}
