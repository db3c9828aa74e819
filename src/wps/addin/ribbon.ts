import { checkAndMark } from "../../commands/run-check";
import { errorText, translator } from "../../taskpane/i18n";
import { type EtAddinApplication, etApplication } from "../et";
import { WpsHost } from "../WpsHost";

interface RibbonControl {
  readonly Id: string;
}

/** Where the pane's id is kept between clicks, so a second click shows the same pane instead of another. */
const PANE_KEY = "nianbao.taskpane";

/** The add-in's icon, relative to the add-in folder like the wpsjs template's images. */
const ICON = "images/nianbao.png";

/** WPS's ribbon has no language of its own to ask: the clerks this is for work in Chinese WPS. */
const t = translator("zh-CN");

function app(): EtAddinApplication {
  const wps = etApplication();
  if (!wps) throw new Error(t("wps.notInWps"));
  return wps;
}

function say(text: string): void {
  window.alert(text);
}

/** Shows the task pane, created once per WPS session next to this page (taskpane.html of the same folder). */
export function openPane(): void {
  const wps = app();
  const id = wps.PluginStorage.getItem(PANE_KEY);
  if (id !== null && id !== undefined && id !== "") {
    try {
      wps.GetTaskPane(id as string).Visible = true;
      return;
    } catch {
      // Closed for good (or another WPS window's id): make a new one.
    }
  }
  const pane = wps.CreateTaskPane(new URL("taskpane.html", window.location.href).href);
  wps.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

/** 一键检查: check and mark without the pane, then tell the counts. Resolves once the clerk was told. */
export function runCheck(): Promise<void> {
  return checkAndMark(new WpsHost()).then(say);
}

export function OnAddinLoad(): boolean {
  return true;
}

/** Ribbon callbacks stay synchronous: some WPS 12.1 builds drop a ribbon whose callbacks are async (notes). */
export function OnAction(control: RibbonControl): boolean {
  if (control.Id === "nianbaoCheck") void runCheck();
  else if (control.Id === "nianbaoOpenPane") {
    try {
      openPane();
    } catch (err) {
      say(t("wps.paneFailed", { detail: errorText(err) }));
    }
  }
  return true;
}

export function GetImage(): string {
  return ICON;
}

// ribbon.xml names these as global functions.
Object.assign(globalThis, { OnAddinLoad, OnAction, GetImage });
