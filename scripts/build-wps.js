/*
 * npm run build:wps — the WPS 表格 add-in in the layout the wpsjs tool (2.2.x) produces, into dist-wps/:
 *
 *   online/wps-addon-build/         the add-in folder for online mode: copy it to an intranet web server
 *   online/package.json             name, version and addonType, as `wpsjs publish` reads them
 *   offline/wps-addon-build/nianbao.7z   offline mode: the folder as nianbao_<version>/ inside a 7z
 *   offline/package.json
 *   jsplugins.xml                   the managed (企业版/政务版) list for online mode
 *   jsplugins-offline.xml           the same for the offline package
 *
 *   WPS_ADDIN_URL=http://内网主机/nianbao/   where the folder (or nianbao.7z) is served; written into both lists
 *
 * Nothing here is fetched at run time: the pages load only files of the folder.
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { path7za } = require("7zip-bin");
const pkg = require("../package.json");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "dist-wps");
const NAME = pkg.name;
const PLACEHOLDER_URL = "http://内网服务器/nianbao/";

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args[0]} 失败（退出码 ${r.status}）`);
}

function addonUrl() {
  const url = process.env.WPS_ADDIN_URL || PLACEHOLDER_URL;
  if (!/^(https?|file):\/\//.test(url)) throw new Error(`WPS_ADDIN_URL 须以 http://、https:// 或 file:// 开头，现为“${url}”。`);
  return url.endsWith("/") ? url : `${url}/`;
}

const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** What `wpsjs publish` reads from the project: the add-in's name, version and host (et = WPS 表格). */
function writeProject(dir) {
  const project = { name: NAME, version: pkg.version, addonType: "et", description: pkg.description };
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(project, null, 2)}\n`);
}

function main() {
  const url = addonUrl();
  fs.rmSync(OUT, { recursive: true, force: true });
  const online = path.join(OUT, "online", "wps-addon-build");
  run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--config", "webpack.wps.config.js", "--mode", "production"], {
    env: { ...process.env, WPS_OUT: online },
  });
  writeProject(path.join(OUT, "online"));

  // Offline: the same folder named <name>_<version>, packed whole, as `wpsjs build` (offline) does.
  const offline = path.join(OUT, "offline");
  const stage = path.join(offline, ".stage");
  const folder = `${NAME}_${pkg.version}`;
  fs.cpSync(online, path.join(stage, folder), { recursive: true });
  fs.mkdirSync(path.join(offline, "wps-addon-build"), { recursive: true });
  // npm does not always keep the executable bit of the packaged 7za.
  fs.chmodSync(path7za, 0o755);
  run(path7za, ["a", "-bd", "-bso0", path.join(offline, "wps-addon-build", `${NAME}.7z`), folder], { cwd: stage });
  fs.rmSync(stage, { recursive: true, force: true });
  writeProject(offline);

  const list = (entry) => `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${entry}\n</jsplugins>\n`;
  fs.writeFileSync(
    path.join(OUT, "jsplugins.xml"),
    list(`<jspluginonline name="${NAME}" type="et" url="${escapeXml(url)}"/>`),
  );
  fs.writeFileSync(
    path.join(OUT, "jsplugins-offline.xml"),
    list(`<jsplugin name="${NAME}" type="et" url="${escapeXml(`${url}${NAME}.7z`)}" version="${pkg.version}" enable="true"/>`),
  );
  console.log(`WPS 加载项已生成：${path.relative(ROOT, OUT)}/（加载项地址 ${url}）`);
}

try {
  main();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
