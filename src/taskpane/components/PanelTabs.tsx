import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { type Panel, type PanelProps } from "../panels";

const useStyles = makeStyles({
  list: { display: "flex", gap: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    background: "none",
    padding: "8px 10px",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    borderBottom: `3px solid ${tokens.colorCompoundBrandStroke}`,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { paddingTop: "8px" },
});

interface Props extends PanelProps {
  panels: readonly Panel[];
}

/**
 * The registered extra sections, one tab each: a WAI-ARIA tab list of plain buttons (Fluent's TabList puts focusable
 * elements under aria-hidden for its focus management), arrows and Home/End move between the tabs.
 */
export function PanelTabs({ panels, ...props }: Props) {
  const styles = useStyles();
  const base = useId();
  const [selected, setSelected] = useState(panels[0]?.id);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const current = panels.find((p) => p.id === selected) ?? panels[0];
  if (!current) return null;
  const index = panels.indexOf(current);

  const keyDown = (e: KeyboardEvent) => {
    const last = panels.length - 1;
    const next =
      e.key === "ArrowRight"
        ? (index + 1) % panels.length
        : e.key === "ArrowLeft"
          ? (index + last) % panels.length
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setSelected(panels[next].id);
    tabs.current[next]?.focus();
  };

  return (
    <section aria-label={props.t("panels")}>
      <div role="tablist" aria-label={props.t("panels")} className={styles.list} onKeyDown={keyDown}>
        {panels.map((p, i) => (
          <button
            key={p.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${p.id}`}
            aria-selected={p === current}
            aria-controls={`${base}-panel`}
            tabIndex={p === current ? 0 : -1}
            className={mergeClasses(styles.tab, p === current && styles.selected)}
            onClick={() => setSelected(p.id)}
          >
            {props.t(p.title)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${current.id}`}
        className={styles.body}
      >
        {!props.result && current.beforeCheck ? <p>{props.t(current.beforeCheck)}</p> : current.render(props)}
      </div>
    </section>
  );
}
