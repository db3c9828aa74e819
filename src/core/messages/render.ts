import { type Finding, type MessageParams } from "../finding";
import { enUS } from "./en-US";
import { type MessageId, zhCN } from "./zh-CN";

export type Lang = "zh-CN" | "en-US";

const catalogs: Record<Lang, Record<MessageId, string>> = { "zh-CN": zhCN, "en-US": enUS };

/** "en", "en-GB", "EN-us" → en-US; everything else → zh-CN. */
export function toLang(tag: string | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? "en-US" : "zh-CN";
}

export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Math.round(n * 1e6) / 1e6);
}

export function text(id: MessageId, params: MessageParams, lang: Lang = "zh-CN"): string {
  // An id missing from the catalog (a typo in template data) still shows something a person can report.
  const template = catalogs[lang][id] ?? id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(v) : v;
  });
}

/** The finding's message in the given language. In English a parameter "name@en" overrides "name". */
export function render(finding: Pick<Finding, "messageId" | "params">, lang: Lang = "zh-CN"): string {
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(finding.params)) {
    if (k.endsWith("@en")) continue;
    params[k] = lang === "en-US" && finding.params[`${k}@en`] !== undefined ? finding.params[`${k}@en`] : v;
  }
  const ids = finding.messageId.split("+") as MessageId[];
  return ids.map((id) => text(id, params, lang)).join("");
}
