import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { generateOutline, type Outline, outlineToText, type Run, titleInfo } from "../../core/outline";
import { browserDownload } from "../../file/export-download";
import { errorText, type Translate } from "../i18n";
import { checkedGrid, type PanelProps } from "../panels";
import { Heading } from "./Heading";
import { OutlinePanelCrosscheck } from "./OutlinePanelCrosscheck";

const useStyles = makeStyles({
  form: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
  actions: { display: "flex", gap: "8px", marginTop: "8px", marginBottom: "8px" },
  outline: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase400, userSelect: "text" },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  unverified: { backgroundColor: tokens.colorPaletteRedBackground2 },
  figure: { fontWeight: tokens.fontWeightSemibold },
  paragraph: { textIndent: "2em", marginTop: "4px", marginBottom: "4px" },
});

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Office's older webviews refuse the async clipboard; the selection fallback below still works there.
  }
  const area = document.createElement("textarea");
  area.value = text;
  document.body.appendChild(area);
  area.select();
  const ok = typeof document.execCommand === "function" && document.execCommand("copy");
  area.remove();
  return ok;
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function downloadDocx(outline: Outline, name: string): Promise<void> {
  // docx is large: loaded only when the clerk asks for a Word file.
  const { outlineToDocx } = await import("../../file/outline-docx");
  const done = browserDownload({ name, mime: DOCX_TYPE, data: await outlineToDocx(outline) });
  if (done.how === "unsupported") throw new Error(done.guidance);
}

function RunView({ run, t }: { run: Run; t: Translate }) {
  const styles = useStyles();
  if (run.kind === "placeholder") return <mark className={styles.placeholder}>{run.text}</mark>;
  if (run.kind === "unverified")
    return (
      <mark className={styles.unverified} title={t("outline.unverified", { reason: run.reason })}>
        {run.text}
      </mark>
    );
  if (run.kind === "figure") {
    const where = run.cell ? `${run.sheet}!${run.cell}` : run.keys.join(" + ");
    return (
      <span className={styles.figure} title={where}>
        {run.text}
      </span>
    );
  }
  return <>{run.text}</>;
}

/** The report outline generated from the checked tables: shown, copied, or downloaded as Word. */
export function OutlinePanel({ host, result, grid, lang, t, headingLevel }: PanelProps) {
  const styles = useStyles();
  const [unit, setUnit] = useState("");
  const [year, setYear] = useState("");
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    if (!result?.template) return;
    checkedGrid(host, grid).then(
      (read) => {
        const info = titleInfo(read);
        if (!live) return;
        setUnit((u) => u || info.unit || "");
        setYear((y) => y || (info.year ? String(info.year) : ""));
      },
      (err: unknown) => {
        if (live) setStatus({ intent: "error", text: t("readFailed", { message: errorText(err) }) });
      },
    );
    return () => {
      live = false;
    };
  }, [host, result, grid, t]);

  const outline = useMemo(() => {
    if (!result?.template) return null;
    const y = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
    return generateOutline(result, { unit, year: y });
  }, [result, unit, year]);

  if (!result) return <p>{t("outline.notChecked")}</p>;
  if (!outline) return <p>{t("outline.noTemplate")}</p>;

  const copy = async () => {
    const ok = await copyText(outlineToText(outline));
    setStatus(
      ok
        ? { intent: "success", text: t("outline.copied") }
        : { intent: "error", text: t("outline.copyFailed") },
    );
  };
  const download = async () => {
    const name = outline.title
      .filter((r) => r.kind === "text")
      .map((r) => r.text)
      .join("")
      .replace(/[\\/:*?"<>|]/g, "");
    try {
      await downloadDocx(outline, `${name || t("outline.title")}.docx`);
      setStatus({ intent: "success", text: t("outline.downloaded") });
    } catch (e) {
      setStatus({ intent: "error", text: t("outline.downloadFailed", { message: errorText(e) }) });
    }
  };

  return (
    <section aria-label={t("outline.title")}>
      <div className={styles.form}>
        <Field label={t("outline.unit")}>
          <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
        </Field>
        <Field label={t("outline.year")}>
          <Input
            value={year}
            onChange={(_, d) => setYear(d.value)}
            inputMode="numeric"
            style={{ width: "6em" }}
          />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button onClick={copy}>{t("outline.copy")}</Button>
        <Button onClick={download}>{t("outline.download")}</Button>
      </div>
      {status && (
        <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {result.summary.errors > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("outline.hasErrors", { count: result.summary.errors })}</MessageBarBody>
        </MessageBar>
      )}
      <p>{t("outline.legend")}</p>
      <article className={styles.outline}>
        <Heading level={headingLevel}>
          {outline.title.map((r, i) => (
            <RunView key={i} run={r} t={t} />
          ))}
        </Heading>
        {outline.blocks.map((b, i) =>
          b.kind === "heading" ? (
            <Heading key={i} level={headingLevel + b.level}>
              {b.text}
            </Heading>
          ) : (
            <p key={i} className={styles.paragraph}>
              {b.runs.map((r, j) => (
                <RunView key={j} run={r} t={t} />
              ))}
            </p>
          ),
        )}
      </article>
      <OutlinePanelCrosscheck
        result={result}
        lang={lang}
        t={t}
        headingLevel={headingLevel + 1}
        year={/^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null}
      />
    </section>
  );
}
