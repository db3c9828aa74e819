import { type Serial, serialHost } from "../../src/taskpane/serial-host";
import { FakeHost, zeroWorkbook } from "./fake-host";

test("a panel's workbook calls wait for the pane's own, while quick answers stay immediate", async () => {
  const host = new FakeHost(zeroWorkbook().grid, "en-US");
  const order: string[] = [];
  let release = (): void => undefined;
  let queue: Promise<unknown> = new Promise<void>((resolve) => (release = resolve)).then(() =>
    order.push("pane"),
  );
  const serial: Serial = (task) => {
    const next = queue.then(task);
    queue = next;
    return next;
  };
  const panelHost = serialHost(host, serial);

  expect(panelHost.displayLanguage()).toBe("en-US");
  expect(panelHost.capabilities().highlights).toBe(true);
  const read = panelHost.readGrid().then(() => order.push("panel"));
  await Promise.resolve();
  expect(host.reads).toBe(0);
  release();
  await read;
  expect(order).toEqual(["pane", "panel"]);
  expect(host.reads).toBe(1);
});
