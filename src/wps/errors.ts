import { ClerkError } from "../excel/errors";
import { errorText, type MessageKey, type Translate } from "../taskpane/i18n";

export { ClerkError };

/** Turns what the object model threw (a COM error surfaced as a JS Error) into a sentence for the clerk. */
export function wpsError(t: Translate, err: unknown, action: MessageKey): Error {
  if (err instanceof ClerkError) return err;
  return new ClerkError(t("wps.failed", { action: t(action), detail: errorText(err) }));
}

/** Runs `task`, turning anything it throws into a sentence for the clerk. */
export function attempt<T>(t: Translate, action: MessageKey, task: () => T): T {
  try {
    return task();
  } catch (err) {
    throw wpsError(t, err, action);
  }
}
