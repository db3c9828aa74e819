import { type Finding, type MessageParams } from "../finding";
import { enUS, enUSShort } from "./en-US";
import { type MessageId, type ShortMessageId, zhCN, zhCNShort } from "./zh-CN";

export type Lang = "zh-CN" | "en-US";

const catalogs: Record<Lang, Record<MessageId, string>> = { "zh-CN": zhCN, "en-US": enUS };
const shortCatalogs: Record<Lang, Record<ShortMessageId, string>> = {
  "zh-CN": zhCNShort,
  "en-US": enUSShort,
};

/** A label or a clerk's text longer than this is cut in a short line, which has to fit a 320-pixel pane. */
const SHORT_PARAM_MAX = 20;

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
  return fill(catalogs[lang][id] ?? id, params);
}

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(v) : v;
  });
}

/** The parameters in one language: in English a parameter "name@en" overrides "name". */
function localParams(params: MessageParams, lang: Lang): MessageParams {
  const out: MessageParams = {};
  for (const [k, v] of Object.entries(params)) {
    if (k.endsWith("@en")) continue;
    out[k] = lang === "en-US" && params[`${k}@en`] !== undefined ? params[`${k}@en`] : v;
  }
  return out;
}

/** The finding's full message in the given language: every figure and part (the finding's detail). */
export function render(finding: Pick<Finding, "messageId" | "params">, lang: Lang = "zh-CN"): string {
  const params = localParams(finding.params, lang);
  const ids = finding.messageId.split("+") as MessageId[];
  return ids.map((id) => text(id, params, lang)).join("");
}

function clip(value: string | number): string | number {
  if (typeof value === "number" || [...value].length <= SHORT_PARAM_MAX) return value;
  return `${[...value].slice(0, SHORT_PARAM_MAX - 1).join("")}…`;
}

/**
 * The finding's verdict in one short line (its `message`): what the cell should be and what it is. A message
 * without a short form (the report-text findings) is given in full.
 */
export function renderShort(finding: Pick<Finding, "messageId" | "params">, lang: Lang = "zh-CN"): string {
  const ids = finding.messageId.split("+");
  const catalog = shortCatalogs[lang];
  if (!ids.every((id) => id in catalog)) return render(finding, lang);
  const params = localParams(finding.params, lang);
  for (const k of Object.keys(params)) params[k] = clip(params[k]);
  return ids.map((id) => fill(catalog[id as ShortMessageId], params)).join("");
}
