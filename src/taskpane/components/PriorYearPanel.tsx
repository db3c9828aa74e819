import { Button, makeStyles, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { type WorkbookGrid } from "../../core/grid";
import { type Prior } from "../../core/report/prior";
import { reportYear } from "../../core/report/unit-name";
import { priorTable } from "../../core/rules/prior-year";
import { MAX_FILE_BYTES } from "../../file/inspect-bytes";
import { errorText, type Translate } from "../i18n";
import { readFileBytes } from "../read-file";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", alignItems: "flex-start" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
  hidden: { display: "none" },
});

interface Props {
  /** What the last check used. */
  prior: Prior | null;
  /** The workbook as last read, for the year of this year's tables. */
  grid: WorkbookGrid | null;
  /** Ids of this year's tables, to tell when last year's figures hold none of them. */
  tables: readonly string[];
  /** The host keeps the choice in the workbook (else it lasts for this session). */
  keeps: boolean;
  busy: boolean;
  t: Translate;
  onChoose(prior: Prior): void;
  onRemove(): void;
}

/** 上年数据: choose last year's workbook or export .json, see which year and unit it is, remove it. */
export function PriorYearPanel({ prior, grid, tables, keeps, busy, t, onChoose, onRemove }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const read = async (file: File): Promise<void> => {
    setProblem(null);
    if (file.size > MAX_FILE_BYTES) {
      setProblem(t("prior.tooLarge", { name: file.name, limit: MAX_FILE_BYTES / 1024 / 1024 }));
      return;
    }
    setReading(true);
    try {
      // exceljs is large: loaded only when the clerk chooses a file.
      const { readPriorBytes } = await import("../../file/prior-file");
      const outcome = await readPriorBytes(await readFileBytes(file), file.name);
      if (outcome.ok) onChoose(outcome.prior);
      else setProblem(outcome.message);
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setReading(false);
    }
  };

  const current = grid ? reportYear("", grid) : null;
  const gap = prior?.year && current && prior.year !== current - 1;
  const unrelated = prior && !tables.some((id) => priorTable(prior.figures, id));

  return (
    <section className={styles.root} aria-label={t("prior.title")}>
      <Text weight="semibold">{t("prior.title")}</Text>
      {prior ? (
        <>
          <Text>
            {t("prior.shown", {
              unit: prior.unit,
              year: prior.year ? t("prior.year", { year: prior.year }) : "",
              source: prior.source,
            })}
          </Text>
          <Text size={200}>{t(keeps ? "prior.kept" : "prior.session")}</Text>
        </>
      ) : (
        <Text size={200}>{t("prior.none")}</Text>
      )}
      {gap && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("prior.yearGap", { prior: prior.year!, current: current })}</MessageBarBody>
        </MessageBar>
      )}
      {unrelated && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("prior.unrelated")}</MessageBarBody>
        </MessageBar>
      )}
      <input
        ref={input}
        type="file"
        accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={styles.hidden}
        aria-label={t("prior.fileLabel")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void read(file);
        }}
      />
      <div className={styles.actions}>
        <Button size="small" disabledFocusable={busy || reading} onClick={() => input.current?.click()}>
          {t(prior ? "prior.replace" : "prior.choose")}
        </Button>
        {prior && (
          <Button size="small" disabledFocusable={busy || reading} onClick={onRemove}>
            {t("prior.remove")}
          </Button>
        )}
      </div>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
