import { existsSync, readFile } from "fs";
import { type IncomingMessage, type ServerResponse } from "http";
import { createServer, type Server } from "https";
import { type AddressInfo } from "net";
import { dirname, extname, join, normalize } from "path";
import { generate } from "selfsigned";
import { type SimWorkbook } from "./model";
import { type Recorder } from "./recorder";
import { type FrameInfo, type XdmHost, type XdmMessage, XdmHost as Host } from "./xdm-host";

/**
 * The simulated Excel on the web: one HTTPS origin (a certificate made at start, never trusted system-wide) serving
 * the host page (www/), the built add-in pages and Microsoft's office.js from the npm package, and the host's
 * end of the XDM channel: the page forwards each message of office.js to POST /sim/xdm and delivers what
 * /sim/events streams back (answers, pushed events, frames to open).
 */

/** The project root, from the sources (ts-jest) or from their build under build/excel-sim. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return dir;
}

export const PROJECT_ROOT = projectRoot();
const ROOT = PROJECT_ROOT;
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const WWW = join(ROOT, "tools/excel-sim/www");
/** The same pattern webpack.config.js replaces under OFFICE_JS=local. */
const CDN_OFFICE_JS = /https:\/\/appsforoffice\.microsoft\.com\/lib\/[\w.]+\/hosted\/office(?:\.debug)?\.js/g;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css",
  ".png": "image/png",
  ".json": "application/json",
  ".xml": "application/xml",
};

export interface SimServer {
  url: string;
  host: XdmHost;
  /** Opens another add-in runtime in the host page (the ribbon's function file, a dialog). */
  openFrame(role: string, path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  book: SimWorkbook;
  level: string;
  recorder: Recorder;
  /** The built add-in: dist/ by default. */
  distDir: string;
  /** Path of the task pane page inside distDir, e.g. "/taskpane.html". */
  pane: string;
  /** A script the pane's page runs before any of its own (served as its first `<script>`), e.g. ie11-page.ts's. */
  paneFirstScript?: string;
}

const FIRST_SCRIPT = "/sim/pane-first.js";

/**
 * A dist/ built with OFFICE_JS=local already points at office/office.js; a default build points at the CDN, and is
 * served as that build would be: the same rewrite of the script address and of the CSP, office.js from the package.
 */
function localOffice(html: string): string {
  return html
    .replace(CDN_OFFICE_JS, "office/office.js")
    .replace(/(script-src 'self') https:\/\/appsforoffice\.microsoft\.com/, "$1");
}

/**
 * The page with the script served at FIRST_SCRIPT as its first `<script>`: a script of the page itself, run in the
 * pane's own document (an init script of Playwright would also run in the frame's initial about:blank, whose window
 * the pane's document reuses, and taking built-ins away there crashed Chromium's renderer).
 */
function withFirstScript(html: string): string {
  return html.replace(/<script\b/, `<script src="${FIRST_SCRIPT}"></script>$&`);
}

export async function serve(options: ServeOptions): Promise<SimServer> {
  const { key, cert } = await certificate();
  const sse = new Set<ServerResponse>();
  const backlog: string[] = [];
  const frames = new Map<string, FrameInfo>();
  let host: XdmHost | null = null;
  let frameCount = 0;

  const emit = (event: unknown): void => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    if (sse.size === 0) backlog.push(line);
    for (const res of sse) res.write(line);
  };
  const openFrame = (role: string, path: string): string => {
    const conversation = `${role}-${++frameCount}`;
    frames.set(conversation, { conversation, role });
    emit({ open: { conversation, role, path } });
    return conversation;
  };
  const closeFrame = (conversation: string): void => emit({ close: conversation });

  const panePath = options.pane.split(/[?#]/)[0];

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = decodeURIComponent((req.url ?? "/").split(/[?#]/)[0]);
    if (path === "/sim/events") {
      res.writeHead(200, {
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-store",
        Connection: "keep-alive",
      });
      res.write(": excel-sim\n\n");
      sse.add(res);
      for (const line of backlog.splice(0)) res.write(line);
      req.on("close", () => sse.delete(res));
      return;
    }
    if (path === "/sim/xdm" && req.method === "POST") {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (body += chunk));
      req.on("end", () => {
        res.writeHead(204).end();
        try {
          host!.receive(JSON.parse(body) as XdmMessage);
        } catch (e) {
          options.recorder.unimplemented.push(`host failure: ${(e as Error).message}`);
        }
      });
      return;
    }
    if (path === FIRST_SCRIPT && options.paneFirstScript !== undefined) {
      res
        .writeHead(200, { "Content-Type": TYPES[".js"], "Cache-Control": "no-store" })
        .end(options.paneFirstScript);
      return;
    }
    const clean = normalize(path).replace(/^(\.\.[/\\])+/, "");
    let file: string;
    if (clean.startsWith("/sim/")) file = join(WWW, clean.slice(5));
    else if (clean.startsWith("/office/") && !existsSync(join(options.distDir, "office")))
      file = join(OFFICE_DIST, clean.slice(8));
    else file = join(options.distDir, clean === "/" ? "/taskpane.html" : clean);
    readFile(file, (err, bytes) => {
      if (err) {
        res.writeHead(404).end();
        return;
      }
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      let body: Buffer | string = bytes;
      if (type.startsWith("text/html") && file.startsWith(options.distDir)) {
        body = localOffice(bytes.toString("utf8"));
        if (path === panePath && options.paneFirstScript !== undefined) body = withFirstScript(body);
      }
      res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" }).end(body);
    });
  };

  const server: Server = createServer({ key, cert }, handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host = new Host(options.book, options.level, options.recorder, url, (m) => emit({ deliver: m }), frames, {
    open: openFrame,
    close: closeFrame,
  });
  openFrame("pane", options.pane);
  return {
    url,
    host,
    openFrame,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of sse) res.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let cached: Promise<{ key: string; cert: string }> | null = null;

/** A throwaway self-signed certificate for 127.0.0.1, made offline; the browser is told to accept it. */
function certificate(): Promise<{ key: string; cert: string }> {
  cached ??= generate([{ name: "commonName", value: "127.0.0.1" }], {
    keySize: 2048,
    extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
  } as Parameters<typeof generate>[1]).then((p) => ({ key: p.private, cert: p.cert }));
  return cached;
}
