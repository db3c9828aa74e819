import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import { type CellWrite } from "../../core/host";
import { type BlankCell } from "../display";
import { type Translate } from "../i18n";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
    padding: "12px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  cells: { maxHeight: "40vh", overflowY: "auto", paddingLeft: "20px" },
  actions: { display: "flex", gap: "8px", justifyContent: "flex-end" },
});

interface Props {
  cells: BlankCell[];
  t: Translate;
  onConfirm(writes: CellWrite[]): void;
  onCancel(): void;
}

/**
 * Lists every cell that would change; nothing is written unless the clerk confirms. Shown inside the pane rather
 * than as an overlay: the pane is narrow, and the clerk may want to look at the sheet while deciding.
 */
export function FillZeroDialog({ cells, t, onConfirm, onCancel }: Props) {
  const styles = useStyles();
  const titleId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <section
      role="dialog"
      aria-labelledby={titleId}
      className={styles.box}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <Subtitle2 as="h2" id={titleId}>
        {t("fillZeroTitle")}
      </Subtitle2>
      <p>{t("fillZeroIntro", { count: cells.length })}</p>
      <ul className={styles.cells}>
        {cells.map((c) => (
          <li key={`${c.sheet}!${c.cell}`}>
            {c.sheet}!{c.cell} {c.label}
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          onClick={() => onConfirm(cells.map((c) => ({ sheet: c.sheet, cell: c.cell, value: 0 })))}
        >
          {t("confirm")}
        </Button>
        <Button ref={cancel} onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </section>
  );
}
