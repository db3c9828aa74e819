import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { type CheckResult } from "../core/check";
import { highlightsFromFindings } from "../core/host";
import { type Prior } from "../core/report/prior";
import { type FileHost, type FileView, openFileHost } from "../file/file-host";
import { MAX_FILE_BYTES } from "../file/inspect-bytes";
import { App } from "../taskpane/App";
import { errorText } from "../taskpane/i18n";
import { readFileBytes } from "../taskpane/read-file";
import { saveFile } from "./download";
import { GridView } from "./GridView";
import { OpenFile } from "./OpenFile";
import { t } from "./text";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: "12px", padding: "16px 20px" },
  header: { display: "flex", flexDirection: "column", gap: "4px", "& p": { margin: 0 } },
  privacy: { color: tokens.colorNeutralForeground2 },
  work: { display: "flex", gap: "16px", alignItems: "flex-start", flexWrap: "wrap" },
  pane: {
    // A fixed column: wide content of a panel scrolls inside it instead of pushing the grid below.
    flex: "0 0 420px",
    minWidth: 0,
    maxWidth: "100%",
    overflowX: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  grid: { flex: "1 1 480px", minWidth: 0 },
});

interface Opened {
  host: FileHost;
  /** Changes with every opened file so the pane starts afresh. */
  id: number;
}

/** The web checker: open a workbook in the browser, then the add-in's findings pane beside a read-only grid. */
export function WebChecker() {
  const styles = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [view, setView] = useState<FileView>({ highlights: [], selected: null });
  // 上年数据 chosen on this page lasts while the page is open, through every file opened after it.
  const priorSession = useRef<Prior | null | undefined>(undefined);

  const open = useCallback(async (name: string, read: () => Promise<Uint8Array>) => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await openFileHost(await read(), { name, language: "zh-CN", download: saveFile });
      if (!outcome.ok) {
        setError(outcome.message);
        return;
      }
      setResult(null);
      setView(outcome.host.current());
      setOpened((prev) => ({ host: outcome.host, id: (prev?.id ?? 0) + 1 }));
    } catch (err) {
      setError(t("web.cannotOpen", { name, reason: errorText(err) }));
    } finally {
      setBusy(false);
    }
  }, []);

  const openFile = (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      const size = (file.size / 1024 / 1024).toFixed(1);
      setError(t("web.tooLarge", { name: file.name, size, limit: MAX_FILE_BYTES / 1024 / 1024 }));
      return;
    }
    void open(file.name, () => readFileBytes(file));
  };

  // The sample is made on request (its figures, its layout, exceljs to write it): nothing of it loads to check a file.
  const openSample = () =>
    void import("../file/sample-workbook").then(
      ({ SAMPLE_NAME, sampleWorkbookBytes }) => open(SAMPLE_NAME, sampleWorkbookBytes),
      (err) => setError(t("web.sampleFailed", { reason: errorText(err) })),
    );

  const host = opened?.host;
  useEffect(() => host?.subscribe(setView), [host]);

  // The web page's marks live only on screen, so every check paints them: the clerk sees them without a click.
  const onFindings = useCallback(
    (checked: CheckResult) => {
      setResult(checked);
      void host?.applyHighlights(highlightsFromFindings(checked.findings));
    },
    [host],
  );

  const downloadAnnotated = async () => {
    if (!host || !result) return;
    setBusy(true);
    try {
      saveFile(await host.annotatedCopy(highlightsFromFindings(result.findings)));
    } catch (err) {
      setError(t("web.annotatedFailed", { reason: errorText(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <Title2 as="h1">{t("web.title")}</Title2>
        <Text as="p" className={styles.privacy}>
          {t("web.intro")}
        </Text>
      </header>
      <OpenFile busy={busy} onFile={openFile} onSample={openSample} />
      {busy && !opened && <Spinner size="small" label={t("web.reading")} />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {opened && (
        <>
          <Text weight="semibold">{t("web.current", { name: opened.host.name })}</Text>
          <div className={styles.work}>
            <div className={styles.pane}>
              <App
                key={opened.id}
                host={opened.host}
                onFindings={onFindings}
                priorSession={priorSession}
                readOnly
                embedded
                toolbar={
                  <Button
                    disabledFocusable={busy || !result?.template}
                    onClick={() => void downloadAnnotated()}
                  >
                    {t("web.annotated")}
                  </Button>
                }
              />
            </div>
            <div className={styles.grid}>
              <GridView
                grid={opened.host.grid}
                result={result}
                highlights={view.highlights}
                selected={view.selected}
              />
            </div>
          </div>
        </>
      )}
    </main>
  );
}
