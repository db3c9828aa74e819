import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { type MouseEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { type CheckResult } from "../core/check";
import { type Finding } from "../core/finding";
import { type Host } from "../core/host";
import { toLang } from "../core/messages/render";
import { type Prior } from "../core/report/prior";
import { BindingInfo } from "./components/BindingInfo";
import { FillZeroDialog } from "./components/FillZeroDialog";
import { FindingsList } from "./components/FindingsList";
import { Heading } from "./components/Heading";
import { PanelTabs } from "./components/PanelTabs";
import { blankCells, noteMatters } from "./display";
import { groupFindings } from "./group";
import { translator } from "./i18n";
import { lazyPart } from "./lazy-part";
import { panels as registeredPanels, type Panel } from "./panels";
import { serialHost } from "./serial-host";
import { type PriorSession, useChecker } from "./useChecker";

// Shown only once a check found the tables: loaded then, not with the pane.
const PriorYearPanel = lazyPart(() => import("./components/PriorYearPanel").then((m) => m.PriorYearPanel));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", padding: "12px" },
  toolbar: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  summary: { color: tokens.colorNeutralForeground2 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  host: Host;
  /** Extra controls next to the pane's own buttons (the web page's file picker). */
  toolbar?: ReactNode;
  /** Called after every check, with what was found. */
  onFindings?(result: CheckResult): void;
  /** Sections under the findings; the registry by default. */
  panels?: readonly Panel[];
  /** The host cannot write cells (the web page): no 填 0 offer that could only fail. */
  readOnly?: boolean;
  /**
   * Inside a page that has its own main landmark and h1 (the web page): the pane is a section under an h2.
   * On its own (the task pane) it is the page's main, under an h1.
   */
  embedded?: boolean;
  /** Keeps a chosen 上年数据 beyond this pane where the host cannot store it (the web page, across opened files). */
  priorSession?: PriorSession;
}

/** The findings pane shared by the Excel add-in and the web checker page. */
export function App({
  host,
  toolbar,
  onFindings,
  panels = registeredPanels,
  readOnly = false,
  embedded = false,
  priorSession,
}: AppProps) {
  const styles = useStyles();
  const lang = toLang(host.displayLanguage());
  const t = useMemo(() => translator(lang), [lang]);
  const messages = useMemo(
    () => ({
      inserted: (sheet: string) => t("inserted", { sheet }),
      written: (count: number) => t("written", { count }),
      priorChosen: (prior: Prior) => t("prior.chosen", { source: prior.source }),
      priorRemoved: () => t("prior.removed"),
    }),
    [t],
  );
  const checker = useChecker(host, lang, messages, onFindings, priorSession);
  const { result, busy } = checker;
  const level = embedded ? 2 : 1;
  const Root = embedded ? "section" : "main";
  const panelHost = useMemo(() => serialHost(host, checker.serial), [host, checker.serial]);
  const capabilities = host.capabilities();
  const shownPanels = useMemo(() => panels.filter((p) => p.available?.(host) ?? true), [panels, host]);
  const [confirming, setConfirming] = useState(false);
  const groups = useMemo(() => (result?.template ? groupFindings(result, t("otherTable")) : []), [result, t]);
  const blanks = useMemo(() => (result ? blankCells(result.findings) : []), [result]);

  // A button disabled while the pane works drops the keyboard focus to the page (inside Excel on the web's frame the
  // keys then reach nothing): once the work is done, the focus goes back to the button that started it.
  const pressed = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const button = pressed.current;
    if (busy || !button) return;
    pressed.current = null;
    if (button.isConnected && (!document.activeElement || document.activeElement === document.body))
      button.focus();
  }, [busy]);
  const press = (action: () => unknown) => (e: MouseEvent<HTMLElement>) => {
    pressed.current = e.currentTarget;
    void action();
  };

  const [selected, setSelected] = useState<Finding | null>(null);
  const select = (f: Finding) => {
    setSelected(f);
    if (f.sheet && f.cell) void checker.select(f.sheet, f.cell);
  };

  return (
    <Root className={styles.root} lang={lang} aria-label={embedded ? t("appTitle") : undefined}>
      <Heading level={level} className={styles.title}>
        {t("appTitle")}
      </Heading>
      <div role="toolbar" aria-label={t("toolbar")} className={styles.toolbar}>
        <Button appearance="primary" disabled={busy} onClick={press(() => checker.check())}>
          {t("check")}
        </Button>
        {capabilities.highlights && (
          <Button disabled={busy} onClick={press(() => checker.clear())}>
            {t("clear")}
          </Button>
        )}
        {blanks.length > 0 && !readOnly && (
          <Button disabled={busy || confirming} onClick={() => setConfirming(true)}>
            {t("fillZero")}
          </Button>
        )}
        {toolbar}
        {busy && <Spinner size="tiny" label={t("checking")} />}
      </div>
      {confirming && (
        <FillZeroDialog
          cells={blanks}
          t={t}
          onCancel={() => setConfirming(false)}
          onConfirm={(writes) => {
            setConfirming(false);
            void checker.write(writes);
          }}
        />
      )}
      {capabilities.notes
        .filter((note) => noteMatters(note, result, checker.marked))
        .map((note) => (
          <MessageBar key={note.text} intent="info">
            <MessageBarBody>{note.text}</MessageBarBody>
          </MessageBar>
        ))}
      {checker.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t("hostError", { message: checker.error })}</MessageBarBody>
        </MessageBar>
      )}
      {checker.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{checker.notice}</MessageBarBody>
        </MessageBar>
      )}
      <BindingInfo
        result={result}
        t={t}
        canInsert={capabilities.insertSheet}
        busy={busy}
        onInsert={(id) => void checker.insertBlank(id)}
      />
      {result?.template && (
        <PriorYearPanel
          prior={checker.prior}
          grid={checker.grid}
          tables={result.tables.map((x) => x.id)}
          keeps={!!host.savePrior}
          busy={busy}
          t={t}
          onChoose={(prior) => void checker.choosePrior(prior)}
          onRemove={() => void checker.choosePrior(null)}
        />
      )}
      {result?.template && (
        <>
          <Text className={styles.summary} role="status">
            {t("summary", {
              errors: result.summary.errors,
              warnings: result.summary.warnings,
              infos: result.summary.infos,
            })}
          </Text>
          {result.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("allPass")}</MessageBarBody>
            </MessageBar>
          ) : (
            <FindingsList
              groups={groups}
              lang={lang}
              t={t}
              headingLevel={level + 1}
              selected={selected}
              onSelect={select}
            />
          )}
        </>
      )}
      <PanelTabs
        panels={shownPanels}
        host={panelHost}
        result={result}
        grid={checker.grid}
        lang={lang}
        t={t}
        busy={busy}
        busyWhile={checker.busyWhile}
        headingLevel={level + 1}
        prior={checker.prior}
      />
    </Root>
  );
}
