/** The result dialog closes itself after this long, so a clerk who looks away is not left with it. */
export const AUTO_CLOSE_MS = 15000;

/** Fills the dialog page from its address and wires closing to `close` (the parent closes the dialog). */
export function showResultPage(doc: Document, search: string, close: () => void): () => void {
  const text = new URLSearchParams(search).get("text") ?? "";
  doc.getElementById("summary")!.textContent = text;
  const button = doc.getElementById("close") as HTMLButtonElement;
  let sent = false;
  const once = (): void => {
    if (sent) return;
    sent = true;
    close();
  };
  button.addEventListener("click", once);
  const timer = setTimeout(once, AUTO_CLOSE_MS);
  return () => clearTimeout(timer);
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    showResultPage(document, window.location.search, () => Office.context.ui.messageParent("close"));
  });
}
