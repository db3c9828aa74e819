import { type Host } from "../core/host";

export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

/** Members that answer at once and must stay synchronous. */
const IMMEDIATE = new Set<PropertyKey>(["capabilities", "displayLanguage", "onChange"]);

/**
 * The host as panels see it: every workbook call waits its turn behind the pane's own checks and marks, so a panel
 * reading the workbook never interleaves with a half-written set of highlights.
 */
export function serialHost(host: Host, serial: Serial): Host {
  return new Proxy(host, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (IMMEDIATE.has(prop)) return method.bind(target);
      return (...args: unknown[]) => serial(() => Promise.resolve(method.apply(target, args)));
    },
  });
}
