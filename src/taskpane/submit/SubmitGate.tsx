import { Button, Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { type Finding } from "../../core/finding";
import { justificationKey, refuseJustificationText, type SubmissionStatus } from "../../core/report";
import { type Translate } from "../i18n";
import { LIMIT } from "./export-files";
import { type Submission } from "./useSubmission";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "8px" },
  list: { display: "flex", flexDirection: "column", gap: "6px", margin: 0, padding: 0, listStyle: "none" },
  item: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: "8px" },
});

function where(f: Finding): string {
  return f.cell ? `${f.sheet ? `${f.sheet}!` : ""}${f.cell}：` : "";
}

interface Props {
  status: SubmissionStatus;
  submission: Submission;
  t: Translate;
  busy: boolean;
}

/** What stands between the report and its submission: errors to fix, warnings to explain, 说明 no longer needed. */
export function SubmitGate({ status, submission, t, busy }: Props) {
  const styles = useStyles();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState<Record<string, string>>({});

  const save = (f: Finding): void => {
    const key = justificationKey(f);
    const text = drafts[key] ?? "";
    const refusal = refuseJustificationText(text);
    setRefusals((r) => ({ ...r, [key]: refusal ?? "" }));
    if (refusal) return;
    void submission.explain(f, text);
    setDrafts((d) => ({ ...d, [key]: "" }));
  };

  const more = (count: number) =>
    count > LIMIT ? <Text>{t("submit.more", { count: count - LIMIT })}</Text> : null;

  return (
    <>
      {status.blockers.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold">{t("submit.errors")}</Text>
          <ul className={styles.list}>
            {status.blockers.slice(0, LIMIT).map((f, i) => (
              <li key={i} className={styles.item}>{`${where(f)}${f.message}`}</li>
            ))}
          </ul>
          {more(status.blockers.length)}
        </div>
      )}
      {status.unjustified.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold">{t("submit.explain")}</Text>
          <ul className={styles.list}>
            {status.unjustified.slice(0, LIMIT).map((f) => {
              const key = justificationKey(f);
              return (
                <li key={key} className={styles.item}>
                  <Text block>{`${where(f)}${f.message}`}</Text>
                  <Field
                    validationMessage={refusals[key] || undefined}
                    validationState={refusals[key] ? "error" : "none"}
                  >
                    <Textarea
                      aria-label={`${t("submit.note")}${where(f)}${f.message}`}
                      placeholder={t("submit.placeholder")}
                      value={drafts[key] ?? ""}
                      onChange={(_, d) => setDrafts((all) => ({ ...all, [key]: d.value }))}
                    />
                  </Field>
                  <Button size="small" disabledFocusable={busy} onClick={() => save(f)}>
                    {t("submit.save")}
                  </Button>
                </li>
              );
            })}
          </ul>
          {more(status.unjustified.length)}
        </div>
      )}
      {status.justified.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold">{t("submit.explained")}</Text>
          <ul className={styles.list}>
            {status.justified.map(({ finding, justification }) => {
              const key = justificationKey(justification);
              return (
                <li key={key} className={styles.item}>
                  <Text block>{`${where(finding)}${finding.message}`}</Text>
                  <Text block>{`${t("submit.note")}${justification.text}`}</Text>
                  <Button size="small" disabledFocusable={busy} onClick={() => void submission.remove(key)}>
                    {t("submit.remove")}
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {status.stale.length > 0 && (
        <div className={styles.section}>
          <Text>{t("submit.stale")}</Text>
          <ul className={styles.list}>
            {status.stale.map((j) => (
              <li key={justificationKey(j)} className={styles.item}>
                <Text block>{`${j.finding ?? j.rule}：${j.text}`}</Text>
                <Button
                  size="small"
                  disabledFocusable={busy}
                  onClick={() => void submission.remove(justificationKey(j))}
                >
                  {t("submit.remove")}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
