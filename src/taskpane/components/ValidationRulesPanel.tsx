import { Button, makeStyles, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  type InputRuleCell,
  inputRuleCells,
  inputRuleRuns,
  type InputRuleSurvey,
} from "../../core/input-rules";
import { errorText, translator, type Translate } from "../i18n";
import { type PanelProps } from "../panels";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", alignItems: "flex-start" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: "20px" },
});

const SHOWN_OTHERS = 5;

/** One line per table and rule: how many cells, and where they start. */
function planLines(cells: readonly InputRuleCell[], t: Translate): string[] {
  const groups = new Map<string, InputRuleCell[]>();
  for (const c of cells) {
    const key = `${c.table}|${c.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const runs = inputRuleRuns(group);
    return t("rules.line", {
      table: group[0].table,
      kind: t(`rules.kind.${group[0].kind}`),
      count: group.length,
      range: `${runs[0].sheet}!${runs[0].address}`,
      more: runs.length > 1 ? t("rules.more") : "",
    });
  });
}

type Note = { intent: "success" | "error" | "info"; text: string };

/** 输入校验: data validation on the located tables' input cells, listed before it is added, removable. */
export function ValidationRulesPanel({ host, result, lang }: PanelProps) {
  const styles = useStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const [plan, setPlan] = useState<InputRuleSurvey | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [busy, setBusy] = useState(false);
  const cells = useMemo(() => (result?.binding ? inputRuleCells(result.binding) : []), [result]);

  if (!host.capabilities().inputRules)
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("rules.unsupported")}</MessageBarBody>
      </MessageBar>
    );

  const act = async (task: () => Promise<Note | null>): Promise<void> => {
    setBusy(true);
    try {
      setNote(await task());
    } catch (err) {
      setNote({ intent: "error", text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const survey = () =>
    act(async () => {
      setPlan(await host.surveyInputRules!(cells));
      return null;
    });

  const add = (free: InputRuleCell[]) =>
    act(async () => {
      setPlan(null);
      await host.addInputRules!(free);
      return { intent: "success", text: t("rules.added", { count: free.length }) };
    });

  const remove = () =>
    act(async () => {
      setPlan(null);
      const count = await host.removeInputRules!(cells);
      return count > 0
        ? { intent: "success", text: t("rules.removed", { count }) }
        : { intent: "info", text: t("rules.noneToRemove") };
    });

  return (
    <section className={styles.root} aria-label={t("rules.title")}>
      <Text>{t("rules.intro")}</Text>
      {cells.length === 0 ? (
        <Text>{t("rules.noTables")}</Text>
      ) : (
        <div className={styles.actions}>
          <Button disabledFocusable={busy || plan !== null} onClick={() => void survey()}>
            {t("rules.add")}
          </Button>
          <Button disabledFocusable={busy} onClick={() => void remove()}>
            {t("rules.remove")}
          </Button>
        </div>
      )}
      {plan && (
        <div className={styles.root} role="group" aria-label={t("rules.add")}>
          {plan.free.length === 0 ? (
            <Text>{t("rules.nothing")}</Text>
          ) : (
            <>
              <Text>{t("rules.plan", { count: plan.free.length })}</Text>
              <ul className={styles.list}>
                {planLines(plan.free, t).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {plan.ours.length > 0 && <Text>{t("rules.ours", { count: plan.ours.length })}</Text>}
          {plan.others.length > 0 && (
            <Text>
              {t("rules.others", {
                count: plan.others.length,
                cells:
                  plan.others
                    .slice(0, SHOWN_OTHERS)
                    .map((c) => `${c.sheet}!${c.cell}`)
                    .join("、") + (plan.others.length > SHOWN_OTHERS ? t("rules.more") : ""),
              })}
            </Text>
          )}
          <div className={styles.actions}>
            {plan.free.length > 0 && (
              <Button appearance="primary" disabledFocusable={busy} onClick={() => void add(plan.free)}>
                {t("rules.confirm")}
              </Button>
            )}
            <Button disabledFocusable={busy} onClick={() => setPlan(null)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      )}
      {note && (
        <MessageBar intent={note.intent} role={note.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
