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
import { errorText, fillIn } from "../i18n";
import { checkedGrid, type Panel, type PanelProps } from "../panels";
import { OutlinePanelCrosscheck } from "./OutlinePanelCrosscheck";
import { OUTLINE_TEXT as TEXT } from "./outline-text";

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

function RunView({ run }: { run: Run }) {
  const styles = useStyles();
  if (run.kind === "placeholder") return <mark className={styles.placeholder}>{run.text}</mark>;
  if (run.kind === "unverified") return <mark className={styles.unverified}>{run.text}</mark>;
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
export function OutlinePanel({ host, result, grid, lang }: PanelProps) {
  const t = TEXT[lang];
  const styles = useStyles();
  const [unit, setUnit] = useState("");
  const [year, setYear] = useState("");
  const [status, setStatus] = useState<{ intent: "success" | "error"; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    if (!result?.template) return;
    checkedGrid(host, grid)
      .then((read) => {
        const info = titleInfo(read);
        if (!live) return;
        setUnit((u) => u || info.unit || "");
        setYear((y) => y || (info.year ? String(info.year) : ""));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host, result, grid]);

  const outline = useMemo(() => {
    if (!result?.template) return null;
    const y = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
    return generateOutline(result, { unit, year: y });
  }, [result, unit, year]);

  if (!result) return <p>{t.notChecked}</p>;
  if (!outline) return <p>{t.noTemplate}</p>;

  const copy = async () => {
    const ok = await copyText(outlineToText(outline));
    setStatus(ok ? { intent: "success", text: t.copied } : { intent: "error", text: t.copyFailed });
  };
  const download = async () => {
    const name = outline.title
      .filter((r) => r.kind === "text")
      .map((r) => r.text)
      .join("")
      .replace(/[\\/:*?"<>|]/g, "");
    try {
      await downloadDocx(outline, `${name || t.title}.docx`);
      setStatus({ intent: "success", text: t.downloaded });
    } catch (e) {
      setStatus({
        intent: "error",
        text: fillIn(t.downloadFailed, { message: errorText(e) }),
      });
    }
  };

  return (
    <section aria-label={t.title}>
      <div className={styles.form}>
        <Field label={t.unit}>
          <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
        </Field>
        <Field label={t.year}>
          <Input
            value={year}
            onChange={(_, d) => setYear(d.value)}
            inputMode="numeric"
            style={{ width: "6em" }}
          />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button onClick={copy}>{t.copy}</Button>
        <Button onClick={download}>{t.download}</Button>
      </div>
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      {result.summary.errors > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{fillIn(t.hasErrors, { count: result.summary.errors })}</MessageBarBody>
        </MessageBar>
      )}
      <p>{t.legend}</p>
      <article className={styles.outline}>
        <h3>
          {outline.title.map((r, i) => (
            <RunView key={i} run={r} />
          ))}
        </h3>
        {outline.blocks.map((b, i) =>
          b.kind === "heading" ? (
            b.level === 1 ? (
              <h4 key={i}>{b.text}</h4>
            ) : (
              <h5 key={i}>{b.text}</h5>
            )
          ) : (
            <p key={i} className={styles.paragraph}>
              {b.runs.map((r, j) => (
                <RunView key={j} run={r} />
              ))}
            </p>
          ),
        )}
      </article>
      <OutlinePanelCrosscheck result={result} lang={lang} />
    </section>
  );
}

export const outlinePanel: Panel = {
  id: "outline",
  title: { "zh-CN": TEXT["zh-CN"].title, "en-US": TEXT["en-US"].title },
  render: (props) => <OutlinePanel {...props} />,
};
