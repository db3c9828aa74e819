import { Button, Field, makeStyles, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { type ChangeEvent, useState } from "react";
import { type CheckResult } from "../../core/check";
import { crosscheck, type CrosscheckResult } from "../../core/crosscheck";
import { type Lang } from "../../core/messages/render";
import { errorText, type Translate } from "../i18n";
import { readFileBytes } from "../read-file";
import { Heading } from "./Heading";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: "8px",
    alignItems: "center",
    marginTop: "8px",
    marginBottom: "8px",
  },
  // The browser's own file control is wider than a 320-pixel pane.
  file: { maxWidth: "100%" },
  list: { paddingLeft: "1.2em" },
});

interface Props {
  result: CheckResult;
  lang: Lang;
  t: Translate;
  headingLevel: number;
  /** The pane's 年度 field: the report's title and 统计期限 are checked against it. */
  year?: number | null;
}

/** The clerk's own report text checked against the tables: each contradiction with its sentence and cell. */
export function OutlinePanelCrosscheck({ result, lang, t, headingLevel, year = null }: Props) {
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
      setError(t("crosscheck.readFailed", { message: errorText(err) }));
    }
  };

  const problems = outcome?.findings.filter((f) => f.severity !== "info") ?? [];
  return (
    <section aria-label={t("crosscheck.heading")}>
      <Heading level={headingLevel}>{t("crosscheck.heading")}</Heading>
      <p>{t("crosscheck.intro")}</p>
      <Field label={t("crosscheck.text")}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={4} />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!text.trim()}
          onClick={() => setOutcome(crosscheck(text, result, { lang, year }))}
        >
          {t("crosscheck.run")}
        </Button>
        <label className={styles.file}>
          {t("crosscheck.file")}{" "}
          <input type="file" accept=".docx,.txt,.md" className={styles.file} onChange={choose} />
        </label>
      </div>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <>
          <p>
            {problems.length === 0
              ? t("crosscheck.clean")
              : t("crosscheck.summary", {
                  count: outcome.statements.length,
                  agreed: outcome.statements.filter((s) => s.agrees).length,
                  problems: problems.length,
                })}
          </p>
          <ul className={styles.list} aria-label={t("crosscheck.heading")}>
            {outcome.findings.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
