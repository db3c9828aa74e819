/** Terminal columns of `text`: CJK and full-width characters take two, so columns of Chinese text line up. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}
