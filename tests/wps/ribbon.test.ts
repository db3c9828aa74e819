/**
 * @jest-environment jsdom
 */
import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { type EtApplication } from "../../src/wps/et";
import { FakeEt } from "./fake-et";
import { gov2021Workbook, SHEET } from "./gov2021-et";

const ROOT = join(__dirname, "../..");
const RIBBON = join(ROOT, "src/wps/addin/ribbon.xml");
/** Microsoft's customUI.xsd (2006/01) with the duplicate attribute uses that strict validators reject removed. */
const SCHEMA = join(ROOT, "manifest-schemas/customui/customUI.xmllint.xsd");
const withXmllint = spawnSync("xmllint", ["--version"]).status === 0 ? test : test.skip;

type Callbacks = Record<string, unknown>;

function install(fake: FakeEt): void {
  (globalThis as unknown as { Application: EtApplication }).Application = fake.app as EtApplication;
}

beforeAll(async () => {
  await import("../../src/wps/addin/ribbon");
});

describe("the WPS ribbon (ribbon.xml and its callbacks)", () => {
  const xml = readFileSync(RIBBON, "utf8");

  withXmllint("ribbon.xml is valid customUI XML", () => {
    const r = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, RIBBON], { encoding: "utf8" });
    expect(r.stderr).toContain("validates");
    expect(r.status).toBe(0);
  });

  test("starts with <customUI (WPS's publish page refuses an XML declaration) and has the 年报助手 tab", () => {
    expect(xml.startsWith("<customUI ")).toBe(true);
    expect(xml).toMatch(/<tab id="\w+" label="年报助手">/);
    const labels = [...xml.matchAll(/<button [^>]*label="([^"]+)"/g)].map((m) => m[1]);
    expect(labels).toEqual(["一键检查", "打开年报助手"]);
  });

  test("every callback ribbon.xml names is a global function of the add-in page", () => {
    const named = [...xml.matchAll(/\s(on[A-Z]\w*|get[A-Z]\w*)="([^"]+)"/g)].map((m) => m[2]);
    expect(named).toEqual(expect.arrayContaining(["OnAddinLoad", "OnAction", "GetImage"]));
    for (const name of new Set(named))
      expect(typeof (globalThis as unknown as Callbacks)[name]).toBe("function");
  });

  test("the buttons' image is a file of the add-in", () => {
    const getImage = (globalThis as unknown as Callbacks).GetImage as (c: { Id: string }) => string;
    const config = readFileSync(join(ROOT, "webpack.wps.config.js"), "utf8");
    const image = getImage({ Id: "nianbaoCheck" });
    const copy = new RegExp(`from: "([^"]+)", to: "${image}"`).exec(config);
    expect(copy && existsSync(join(ROOT, copy[1]))).toBe(true);
  });

  test("打开年报助手 opens the task pane once and shows the same pane on the next click", () => {
    const fake = new FakeEt({ sheets: [{ name: "S", rows: [[1]] }] });
    install(fake);
    const onAction = (globalThis as unknown as Callbacks).OnAction as (c: { Id: string }) => boolean;
    expect(onAction({ Id: "nianbaoOpenPane" })).toBe(true);
    fake.panes[0].visible = false;
    onAction({ Id: "nianbaoOpenPane" });
    expect(fake.panes).toHaveLength(1);
    expect(fake.panes[0]).toMatchObject({ visible: true });
    expect(new URL(fake.panes[0].url).pathname).toMatch(/\/taskpane\.html$/);
  });

  test("一键检查 checks and marks the workbook without the pane and tells the counts", async () => {
    let total = "";
    const w = gov2021Workbook((set) => void (total = set("t2021_3", "r1_new.total", 999)));
    const fake = new FakeEt(w.init);
    install(fake);
    const told = new Promise<string>((resolve) => {
      window.alert = (text?: unknown) => resolve(String(text));
    });
    const onAction = (globalThis as unknown as Callbacks).OnAction as (c: { Id: string }) => boolean;
    expect(onAction({ Id: "nianbaoCheck" })).toBe(true);
    expect(await told).toMatch(/^检查完成：错误 [1-9]\d* 项，警告 \d+ 项(\n|$)/);
    expect(fake.fill(SHEET, total)).toEqual({ color: 0xcec7ff, pattern: 1, patternColor: 0 });
  });
});
