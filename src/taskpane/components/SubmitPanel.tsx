import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
} from "@fluentui/react-components";
import { type PanelProps } from "../panels";
import { SubmitGate } from "../submit/SubmitGate";
import { useSubmission } from "../submit/useSubmission";

const useStyles = makeStyles({
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end", marginTop: "8px" },
  note: { whiteSpace: "pre-line" },
});

/** Submission: 说明 for warnings, the submission gate, and 导出报送文件. */
export function SubmitPanel(props: PanelProps) {
  const { t, busy } = props;
  const styles = useStyles();
  const submission = useSubmission(props);
  const { status } = submission;

  return (
    <section aria-label={t("submit.title")}>
      {!status ? (
        <Text>{t("submit.notChecked")}</Text>
      ) : (
        <>
          <MessageBar intent={status.ready ? "success" : "warning"}>
            <MessageBarBody>
              {status.ready
                ? t("submit.ready")
                : t("submit.blocked", {
                    errors: status.blockers.length,
                    unexplained: status.unjustified.length,
                  })}
            </MessageBarBody>
          </MessageBar>
          <SubmitGate status={status} submission={submission} t={t} busy={busy} />
          <div className={styles.actions}>
            <Field label={t("submit.unit")}>
              <Input value={submission.unit} onChange={(_, d) => submission.setUnit(d.value)} />
            </Field>
            <Field label={t("submit.year")}>
              <Input value={submission.year} onChange={(_, d) => submission.setYear(d.value)} />
            </Field>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void submission.export()}>
              {t("submit.export")}
            </Button>
          </div>
        </>
      )}
      {submission.notes.map((n, i) => (
        <MessageBar key={i} intent={n.intent} role={n.intent === "error" ? "alert" : "status"}>
          <MessageBarBody className={styles.note}>{n.text}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
