import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { type Finding, type InvolvedCell } from "../../core/finding";
import { formatNumber, type Lang, render, renderShort } from "../../core/messages/render";
import { type TableGroup } from "../group";
import { kindKey, severityKey, type Translate } from "../i18n";
import { Heading } from "./Heading";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: "4px", margin: 0, padding: 0, listStyle: "none" },
  table: { margin: "8px 0 0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  kind: {
    color: tokens.colorNeutralForeground3,
    margin: "4px 0",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  verdict: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: "2px",
    padding: "6px 8px",
    border: "none",
    background: "none",
    font: "inherit",
    color: "inherit",
    textAlign: "start",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  head: { display: "flex", gap: "6px", alignItems: "flex-start" },
  badge: { flexShrink: 0, whiteSpace: "nowrap", marginTop: "2px" },
  where: { color: tokens.colorNeutralForeground3 },
  toggle: {
    alignSelf: "flex-start",
    margin: "0 8px 6px",
    padding: "0 4px",
    border: "none",
    background: "none",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForegroundLink,
    cursor: "pointer",
    textDecoration: "underline",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  detail: {
    margin: "0 8px 8px",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    "& ul": { margin: "4px 0 0", paddingLeft: "1.2em" },
    "& p": { margin: 0 },
  },
});

const badgeColor = { error: "danger", warning: "warning", info: "informative" } as const;

function shown(value: InvolvedCell["value"], t: Translate): string {
  if (value === null || value === "") return t("blankValue");
  return typeof value === "number" ? formatNumber(value) : value;
}

/** Where the finding is: the cell and what its row and column are called. */
function where(f: Finding): string {
  const label = f.involved.find((c) => c.cell === f.cell)?.label;
  const cell = f.cell ? `${f.sheet ? `${f.sheet}!` : ""}${f.cell}` : "";
  return [cell, label].filter(Boolean).join(" · ");
}

interface ItemProps {
  finding: Finding;
  lang: Lang;
  t: Translate;
  current: boolean;
}

/** One finding: the verdict and the cell (a button that goes to the cell), and the parts on demand. */
function FindingItem({ finding: f, lang, t, current }: ItemProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailId = useId();
  const message = renderShort(f, lang);
  const full = render(f, lang);
  const detail = full !== message ? full : null;
  const parts = f.involved.length > 1 ? f.involved : [];
  const place = where(f);
  return (
    <div className={mergeClasses(styles.item, current && styles.current)}>
      {/* The click reaches the item, which selects the cell: so does a click on its headings. */}
      <button type="button" className={styles.verdict} data-finding="">
        <span className={styles.head}>
          <Badge appearance="filled" color={badgeColor[f.severity]} size="small" className={styles.badge}>
            {t(severityKey(f.severity))}
          </Badge>
          <span data-verdict="">{message}</span>
        </span>
        {place && <Caption1 className={styles.where}>{place}</Caption1>}
      </button>
      {(detail || parts.length > 0) && (
        <>
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={open}
            aria-controls={detailId}
            aria-label={t("detailsOf", { cell: f.cell ?? message })}
            onClick={(e) => {
              e.stopPropagation();
              setOpen((o) => !o);
            }}
          >
            {t("details")}
          </button>
          <div id={detailId} className={styles.detail} hidden={!open}>
            {open && detail && <p>{detail}</p>}
            {open && parts.length > 0 && (
              <ul aria-label={t("cellsInvolved")}>
                {parts.map((c, i) => (
                  <li key={`${c.cell}-${i}`}>{`${c.sheet}!${c.cell} ${c.label} ${shown(c.value, t)}`}</li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  );
}

interface Props {
  groups: TableGroup[];
  lang: Lang;
  t: Translate;
  /** Level of the tables' headings; the kinds of problem are one below. */
  headingLevel: number;
  /** The finding last clicked, shown as the current one. */
  selected: Finding | null;
  onSelect(finding: Finding): void;
}

/**
 * Every finding is an item of one list, 「检查结果」, in the order shown; the headings of its table and of its kind of
 * problem open the first item of each group, so the list holds nothing but list items.
 */
export function FindingsList({ groups, lang, t, headingLevel, selected, onSelect }: Props) {
  const styles = useStyles();
  const list = useRef<HTMLUListElement>(null);

  // Up and down arrows step through the findings' buttons, as in a list box.
  const keyDown = (e: KeyboardEvent) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>("button[data-finding]") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = buttons[at + (e.key === "ArrowDown" ? 1 : -1)];
    if (!next) return;
    e.preventDefault();
    next.focus();
  };

  return (
    <ul ref={list} aria-label={t("findingsList")} className={styles.list} onKeyDown={keyDown}>
      {groups.flatMap((g) =>
        g.kinds.flatMap((k, ki) =>
          k.findings.map((f, i) => (
            <li
              // Said outright as well, for selectors written against the role ([role=listitem][data-cell=…]).
              role="listitem"
              key={`${g.table}-${f.rule}-${f.cell ?? ""}-${ki}-${i}`}
              data-cell={f.cell}
              aria-current={f === selected ? "true" : undefined}
              onClick={() => onSelect(f)}
            >
              {ki === 0 && i === 0 && (
                <Heading level={headingLevel} className={styles.table}>
                  {g.title}
                </Heading>
              )}
              {i === 0 && (
                <Heading level={headingLevel + 1} className={styles.kind}>
                  {t(kindKey(k.kind))}（{k.findings.length}）
                </Heading>
              )}
              <FindingItem finding={f} lang={lang} t={t} current={f === selected} />
            </li>
          )),
        ),
      )}
    </ul>
  );
}
