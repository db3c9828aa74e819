import { Badge, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { type KeyboardEvent } from "react";
import { type Finding } from "../../core/finding";
import { formatNumber, type Lang, render } from "../../core/messages/render";
import { type TableGroup } from "../group";
import { kindKey, severityKey, type Translate } from "../i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: "4px", margin: 0, padding: 0 },
  table: { margin: "8px 0 0" },
  kind: { color: tokens.colorNeutralForeground3, margin: "4px 0 0" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorBrandStroke1}` },
    '&[aria-current="true"]': {
      border: `1px solid ${tokens.colorBrandStroke1}`,
      backgroundColor: tokens.colorBrandBackground2,
    },
  },
  head: { display: "flex", gap: "6px", alignItems: "flex-start" },
  badge: { flexShrink: 0, whiteSpace: "nowrap", marginTop: "2px" },
  details: { color: tokens.colorNeutralForeground3 },
});

const badgeColor = { error: "danger", warning: "warning", info: "informative" } as const;

function shown(value: number | string | null | undefined, t: Translate): string {
  if (value === null || value === undefined || value === "") return t("blankValue");
  return typeof value === "number" ? formatNumber(value) : value;
}

function details(f: Finding, t: Translate): string {
  const parts: string[] = [];
  if (f.sheet && f.cell) parts.push(`${t("cellLabel")} ${f.sheet}!${f.cell}`);
  if (f.expected !== undefined) parts.push(`${t("expected")} ${formatNumber(f.expected)}`);
  if (f.actual !== undefined) parts.push(`${t("actual")} ${shown(f.actual, t)}`);
  if (f.difference !== undefined) parts.push(`${t("difference")} ${formatNumber(Math.abs(f.difference))}`);
  return parts.join(" · ");
}

interface Props {
  groups: TableGroup[];
  lang: Lang;
  t: Translate;
  /** The finding last clicked, shown as the current one. */
  selected: Finding | null;
  onSelect(finding: Finding): void;
}

/** One list item per finding, under headings by table and kind of problem. */
export function FindingsList({ groups, lang, t, selected, onSelect }: Props) {
  const styles = useStyles();
  const keyDown = (f: Finding) => (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(f);
    }
  };
  return (
    <div role="list" aria-label={t("findingsList")} className={styles.list}>
      {groups.map((g) => (
        <div key={g.table} role="presentation">
          <Subtitle2 as="h3" className={styles.table}>
            {g.title}
          </Subtitle2>
          {g.kinds.map((k) => (
            <div key={k.kind} role="presentation" className={styles.list}>
              <Caption1 as="h4" className={styles.kind}>
                {t(kindKey(k.kind))}（{k.findings.length}）
              </Caption1>
              {k.findings.map((f, i) => (
                <div
                  key={`${f.rule}-${f.cell ?? i}-${i}`}
                  role="listitem"
                  tabIndex={0}
                  className={styles.item}
                  data-cell={f.cell}
                  aria-current={f === selected ? "true" : undefined}
                  onClick={() => onSelect(f)}
                  onKeyDown={keyDown(f)}
                >
                  <span className={styles.head}>
                    <Badge
                      appearance="filled"
                      color={badgeColor[f.severity]}
                      size="small"
                      className={styles.badge}
                    >
                      {t(severityKey(f.severity))}
                    </Badge>
                    <Text>{render(f, lang)}</Text>
                  </span>
                  {details(f, t) && <Caption1 className={styles.details}>{details(f, t)}</Caption1>}
                </div>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
