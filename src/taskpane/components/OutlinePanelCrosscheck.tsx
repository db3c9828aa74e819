import { Button, Field, makeStyles, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { type ChangeEvent, useState } from "react";
import { type CheckResult } from "../../core/check";
import { crosscheck, type CrosscheckResult } from "../../core/crosscheck";
import { type Lang } from "../../core/messages/render";
import { errorText, fillIn } from "../i18n";
import { readFileBytes } from "../read-file";

// Both languages must have every message: `satisfies` keeps each catalog's own keys for the type checker.
const TEXT = {
  "zh-CN": {
    heading: "核对报告正文",
    intro: "粘贴报告正文，或选择 .docx / .txt 文件，核对正文中的数字和章节标题是否与统计表一致。",
    text: "报告正文",
    file: "选择文件",
    run: "核对",
    readFailed: "无法读取文件：{message}",
    summary: "正文中与统计表对应的数字 {count} 处，一致 {agreed} 处；不一致 {problems} 处。",
    clean: "正文中的数字和章节标题与统计表一致。",
  },
  "en-US": {
    heading: "Check the report text",
    intro:
      "Paste the report text, or choose a .docx / .txt file, to check its figures and section headings against the tables.",
    text: "Report text",
    file: "Choose a file",
    run: "Check",
    readFailed: "The file could not be read: {message}",
    summary:
      "{count} figures in the text match table cells; {agreed} agree, {problems} contradict the tables.",
    clean: "The figures and section headings of the text agree with the tables.",
  },
} satisfies Record<Lang, Record<string, string>>;

const useStyles = makeStyles({
  actions: { display: "flex", gap: "8px", alignItems: "center", marginTop: "8px", marginBottom: "8px" },
  list: { paddingLeft: "1.2em" },
});

/**
 * The clerk's own report text checked against the tables: each contradiction with its sentence and cell.
 * `year` is the pane's 年度 field: the report's title and 统计期限 are checked against it.
 */
export function OutlinePanelCrosscheck({
  result,
  lang,
  year = null,
}: {
  result: CheckResult;
  lang: Lang;
  year?: number | null;
}) {
  const t = TEXT[lang];
  const styles = useStyles();
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<CrosscheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      // jszip is loaded only when a file is chosen.
      const { readNarrative } = await import("../../file/read-narrative");
      const read = await readNarrative(await readFileBytes(file), file.name);
      setText(read);
      setError(null);
      setOutcome(crosscheck(read, result, { lang, year }));
    } catch (err) {
      setError(fillIn(t.readFailed, { message: errorText(err) }));
    }
  };

  const problems = outcome?.findings.filter((f) => f.severity !== "info") ?? [];
  return (
    <section aria-label={t.heading}>
      <h4>{t.heading}</h4>
      <p>{t.intro}</p>
      <Field label={t.text}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={4} />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!text.trim()}
          onClick={() => setOutcome(crosscheck(text, result, { lang, year }))}
        >
          {t.run}
        </Button>
        <label>
          {t.file} <input type="file" accept=".docx,.txt,.md" onChange={choose} />
        </label>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <>
          <p>
            {problems.length === 0
              ? t.clean
              : fillIn(t.summary, {
                  count: outcome.statements.length,
                  agreed: outcome.statements.filter((s) => s.agrees).length,
                  problems: problems.length,
                })}
          </p>
          <ul className={styles.list} aria-label={t.heading}>
            {outcome.findings.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
