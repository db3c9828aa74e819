import { spawnSync } from "child_process";
import { existsSync, readFile } from "fs";
import { createServer, type Server } from "http";
import { type AddressInfo } from "net";
import { extname, join, normalize } from "path";

export const ROOT = join(__dirname, "../..");
export const DIST = join(ROOT, "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};

/** `npm test` builds first; a lone run of this file builds only when dist/ is missing. */
export function ensureBuilt(): void {
  if (existsSync(join(DIST, "taskpane.html"))) return;
  const run = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`webpack build failed:\n${run.stdout}\n${run.stderr}`);
}

/** Serves dist/ on a free loopback port: no certificates, no network. */
export async function serveDist(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, "");
    readFile(join(DIST, path), (err, body) => {
      if (err) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
