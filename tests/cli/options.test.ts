import { cli } from "./run-cli";

describe("options are declared per command", () => {
  it.each([
    [["check", "a.xlsx", "--formt", "json"], "未知选项「--formt」", "nianbao check"],
    [
      ["check", "a.xlsx", "--jobs", "abc"],
      "--jobs 应为正整数（同时检查的线程数），收到的是「abc」",
      "nianbao check",
    ],
    [["check", "a.xlsx", "--jobs=0"], "--jobs 应为正整数", "nianbao check"],
    [["check", "a.xlsx", "--format"], "--format 后面缺少取值", "nianbao check"],
    [["check", "a.xlsx", "--prior", "--format", "json"], "--prior 后面缺少取值", "nianbao check"],
    [["check", "a.xlsx", "--unit", "某局"], "未知选项「--unit」", "nianbao check"],
    [["outline", "a.xlsx", "--jobs", "2"], "未知选项「--jobs」", "nianbao outline"],
    [
      ["outline", "a.xlsx", "--year", "今年"],
      "--year 应为四位年份（如 2025），收到的是「今年」",
      "nianbao outline",
    ],
    [
      ["crosscheck", "a.xlsx", "b.txt", "--lang", "fr"],
      "--lang 只能是 zh-CN 或 en-US，收到的是「fr」",
      "nianbao crosscheck",
    ],
    [["crosscheck", "a.xlsx", "b.txt", "--prior", "x.json"], "未知选项「--prior」", "nianbao crosscheck"],
    [["export", "a.xlsx", "-o", "out", "-x"], "未知选项「-x」", "nianbao export"],
    [
      ["aggregate", "dir", "-o", "汇总.xlsx", "--jobs", "-1"],
      "--jobs 应为正整数（同时检查的线程数），收到的是「-1」",
      "nianbao aggregate",
    ],
  ])("%j is refused with the reason and the usage line, exit 2", async (argv, reason, usage) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(reason);
    expect(r.err).toContain(`用法：${usage}`);
    expect(r.out).toBe("");
  });

  it("a value may follow '=' and -o stands for --output", async () => {
    const r = await cli("outline", "无此文件.xlsx", "--year=2025年度", "-o", "提纲.md");
    // The options were taken: what stops it is the missing file.
    expect(r.code).toBe(2);
    expect(r.err).toContain("找不到文件");
    expect(r.err).not.toContain("用法");
  });

  it("--help prints the command's usage line", async () => {
    const r = await cli("aggregate", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^用法：nianbao aggregate 目录\//);
  });
});
