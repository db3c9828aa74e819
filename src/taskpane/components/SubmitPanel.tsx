import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { type Finding } from "../../core/finding";
import { type Lang } from "../../core/messages/render";
import {
  blockingLines,
  type Justification,
  justificationKey,
  justificationRows,
  justify,
  parseJustifications,
  refuseJustificationText,
  removeJustification,
  reportYear,
  submissionStatus,
  unitName,
} from "../../core/report";
import { errorText, fillIn } from "../i18n";
import { checkedGrid, type Panel, type PanelProps } from "../panels";

// Both languages must have every message: `satisfies` keeps each catalog's own keys for the type checker.
const TEXT = {
  "zh-CN": {
    title: "报送",
    notChecked: "请先检查统计表。",
    ready: "可以报送：没有错误，警告均已填写说明。",
    blocked: "暂不能报送：错误 {errors} 个须改正，警告 {unexplained} 个须填写说明。",
    errors: "须改正的错误",
    explain: "须填写说明的警告",
    explained: "已说明的警告",
    stale: "以下说明已不对应任何问题（数字可能已改正），可以删除：",
    placeholder: "写明这个数字为什么如此，例如：本年度机构合并，上年结转口径不同",
    save: "保存说明",
    remove: "删除",
    note: "说明：",
    unsaved: "本环境不能把说明写入工作簿，说明只在本次打开期间有效；请在 Excel 中使用加载项以随文件保存。",
    saved: "说明已保存到工作簿的「年报助手说明」表。",
    unit: "填报单位",
    year: "年度",
    export: "导出报送文件",
    exported: "已生成：{files}。",
    opened: "{name} 已在新的 Excel 窗口中打开，请按 Ctrl+S 保存。",
    downloaded: "{name} 已下载；如果没有出现下载，请改用网页检查器或另存为。",
    guidance: "{name} 无法在此处保存：{guidance}。请用网页检查器打开工作簿导出，或将工作簿另存为后再试。",
    failed: "导出失败：{message}",
    more: "…… 另有 {count} 个",
  },
  "en-US": {
    title: "Submit",
    notChecked: "Check the tables first.",
    ready: "Ready to submit: no errors, every warning has a written explanation.",
    blocked: "Not ready: {errors} errors to fix, {unexplained} warnings to explain.",
    errors: "Errors to fix",
    explain: "Warnings that need an explanation",
    explained: "Explained warnings",
    stale:
      "These explanations no longer match any finding (the figure may have been fixed) and can be removed:",
    placeholder: "Say why the figure is as it is",
    save: "Save explanation",
    remove: "Remove",
    note: "Explanation: ",
    unsaved: "This host cannot store explanations in the workbook; they last for this session only.",
    saved: "Explanation saved in the workbook's 「年报助手说明」 sheet.",
    unit: "Reporting body",
    year: "Year",
    export: "Export submission files",
    exported: "Created: {files}.",
    opened: "{name} opened in a new Excel window; press Ctrl+S to save it.",
    downloaded: "{name} downloaded; if no download appears, use the web checker or Save As.",
    guidance: "{name} cannot be saved here: {guidance}. Open the workbook in the web checker to export it.",
    failed: "Export failed: {message}",
    more: "… {count} more",
  },
} satisfies Record<Lang, Record<string, string>>;

const LIMIT = 10;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "8px" },
  item: { borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: "8px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
});

function where(f: Finding): string {
  return f.cell ? `${f.sheet ? `${f.sheet}!` : ""}${f.cell}：` : "";
}

type Note = { intent: "success" | "error" | "warning" | "info"; text: string };

/** Submission: 说明 for warnings, the submission gate, and 导出报送文件. */
export function SubmitPanel({ host, result, grid, lang, prior }: PanelProps) {
  const t = (id: keyof (typeof TEXT)[Lang], params?: Record<string, string | number>) =>
    fillIn(TEXT[lang][id], params);
  const styles = useStyles();
  const [justifications, setJustifications] = useState<Justification[]>([]);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const [unit, setUnit] = useState("");
  const [year, setYear] = useState("");
  const [notes, setNotes] = useState<Note[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    checkedGrid(host, grid)
      .then((read) => {
        if (!live) return;
        setJustifications((mine) => (host.saveJustifications ? parseJustifications(read) : mine));
        setUnit((u) => u || unitName("", read));
        setYear((y) => y || String(reportYear("", read) ?? ""));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host, result, grid]);

  const status = useMemo(
    () => (result?.template ? submissionStatus(result, justifications) : null),
    [result, justifications],
  );
  if (!result || !status) return <Text>{t("notChecked")}</Text>;

  const store = async (list: Justification[]): Promise<void> => {
    setJustifications(list);
    if (!host.saveJustifications) {
      setNotes([{ intent: "warning", text: t("unsaved") }]);
      return;
    }
    try {
      await host.saveJustifications(justificationRows(list));
      setNotes([{ intent: "success", text: t("saved") }]);
    } catch (e) {
      setNotes([{ intent: "error", text: t("failed", { message: errorText(e) }) }]);
    }
  };

  const save = (f: Finding): void => {
    const key = justificationKey(f);
    const text = drafts[key] ?? "";
    const refusal = refuseJustificationText(text);
    setRefusals((r) => ({ ...r, [key]: refusal ?? "" }));
    if (refusal) return;
    void store(justify(justifications, f, text, new Date().toISOString()));
    setDrafts((d) => ({ ...d, [key]: "" }));
  };

  const exportFiles = async (): Promise<void> => {
    if (!status.ready) {
      setNotes([{ intent: "error", text: blockingLines(status, LIMIT).join("\n") }]);
      return;
    }
    setBusy(true);
    try {
      // exceljs is large: loaded only when the clerk exports.
      const { buildSubmission } = await import("../../file/export-submission");
      const { deliverFile } = await import("../../file/export-download");
      const out = await buildSubmission({
        grid: await host.readGrid(),
        fileName: "",
        unit: unit.trim() || undefined,
        year: /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null,
        justifications,
        check: { prior: prior?.figures },
      });
      if (!out.ok) {
        setNotes([{ intent: "error", text: out.lines.join("\n") }]);
        return;
      }
      const files = [out.files.xlsx, out.files.json, out.files.html];
      const next: Note[] = [
        { intent: "success", text: t("exported", { files: files.map((f) => f.name).join("、") }) },
      ];
      for (const file of files) {
        const done = await deliverFile(host, file);
        if (done.how === "unsupported")
          next.push({ intent: "warning", text: t("guidance", { name: file.name, guidance: done.guidance }) });
        else
          next.push({
            intent: "info",
            text: `${t(done.how, { name: file.name })}${done.note ? `（${done.note}）` : ""}`,
          });
      }
      setNotes(next);
    } catch (e) {
      setNotes([{ intent: "error", text: t("failed", { message: errorText(e) }) }]);
    } finally {
      setBusy(false);
    }
  };

  const more = (count: number) => (count > LIMIT ? <Text>{t("more", { count: count - LIMIT })}</Text> : null);

  return (
    <section aria-label={t("title")}>
      <MessageBar intent={status.ready ? "success" : "warning"}>
        <MessageBarBody>
          {status.ready
            ? t("ready")
            : t("blocked", { errors: status.blockers.length, unexplained: status.unjustified.length })}
        </MessageBarBody>
      </MessageBar>
      {status.blockers.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold">{t("errors")}</Text>
          {status.blockers.slice(0, LIMIT).map((f, i) => (
            <Text key={i} className={styles.item}>{`${where(f)}${f.message}`}</Text>
          ))}
          {more(status.blockers.length)}
        </div>
      )}
      {status.unjustified.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold">{t("explain")}</Text>
          {status.unjustified.slice(0, LIMIT).map((f) => {
            const key = justificationKey(f);
            return (
              <div key={key} className={styles.item}>
                <Text block>{`${where(f)}${f.message}`}</Text>
                <Field
                  validationMessage={refusals[key] || undefined}
                  validationState={refusals[key] ? "error" : "none"}
                >
                  <Textarea
                    aria-label={`${t("note")}${f.message}`}
                    placeholder={t("placeholder")}
                    value={drafts[key] ?? ""}
                    onChange={(_, d) => setDrafts((all) => ({ ...all, [key]: d.value }))}
                  />
                </Field>
                <Button size="small" onClick={() => save(f)}>
                  {t("save")}
                </Button>
              </div>
            );
          })}
          {more(status.unjustified.length)}
        </div>
      )}
      {status.justified.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold">{t("explained")}</Text>
          {status.justified.map(({ finding, justification }) => {
            const key = justificationKey(justification);
            return (
              <div key={key} className={styles.item}>
                <Text block>{`${where(finding)}${finding.message}`}</Text>
                <Text block>{`${t("note")}${justification.text}`}</Text>
                <Button size="small" onClick={() => void store(removeJustification(justifications, key))}>
                  {t("remove")}
                </Button>
              </div>
            );
          })}
        </div>
      )}
      {status.stale.length > 0 && (
        <div className={styles.section}>
          <Text>{t("stale")}</Text>
          {status.stale.map((j) => (
            <div key={justificationKey(j)} className={styles.item}>
              <Text block>{`${j.finding ?? j.rule}：${j.text}`}</Text>
              <Button
                size="small"
                onClick={() => void store(removeJustification(justifications, justificationKey(j)))}
              >
                {t("remove")}
              </Button>
            </div>
          ))}
        </div>
      )}
      <div className={`${styles.section} ${styles.actions}`}>
        <Field label={t("unit")}>
          <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
        </Field>
        <Field label={t("year")}>
          <Input value={year} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void exportFiles()}>
          {t("export")}
        </Button>
      </div>
      {notes.map((n, i) => (
        <MessageBar key={i} intent={n.intent} role={n.intent === "error" ? "alert" : "status"}>
          <MessageBarBody style={{ whiteSpace: "pre-line" }}>{n.text}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}

export const submitPanel: Panel = {
  id: "submit",
  title: { "zh-CN": "报送", "en-US": "Submit" },
  render: (props) => <SubmitPanel {...props} />,
};
