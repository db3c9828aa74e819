import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from "@fluentui/react-components";
import { type Finding } from "../../core/finding";
import { type CellWrite } from "../../core/host";
import { type Translate } from "../i18n";

export interface BlankCell {
  sheet: string;
  cell: string;
  label: string;
}

const useStyles = makeStyles({
  cells: { maxHeight: "40vh", overflowY: "auto", paddingLeft: "20px" },
});

interface Props {
  cells: BlankCell[];
  open: boolean;
  t: Translate;
  onConfirm(writes: CellWrite[]): void;
  onCancel(): void;
}

/** Lists every cell that would change; nothing is written unless the clerk confirms. */
export function FillZeroDialog({ cells, open, t, onConfirm, onCancel }: Props) {
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("fillZeroTitle")}</DialogTitle>
          <DialogContent>
            <p>{t("fillZeroIntro", { count: cells.length })}</p>
            <ul className={styles.cells} aria-label={t("fillZeroTitle")}>
              {cells.map((c) => (
                <li key={`${c.sheet}!${c.cell}`}>
                  {c.sheet}!{c.cell} {c.label}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => onConfirm(cells.map((c) => ({ sheet: c.sheet, cell: c.cell, value: 0 })))}
            >
              {t("confirm")}
            </Button>
            <Button onClick={onCancel}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** Blank data cells the clerk may want to set to 0, from the findings about empty required cells. */
export function blankCells(findings: readonly Finding[]): BlankCell[] {
  const seen = new Set<string>();
  const out: BlankCell[] = [];
  for (const f of findings) {
    if (f.kind !== "empty-required" || !f.sheet || !f.cell || seen.has(`${f.sheet}!${f.cell}`)) continue;
    seen.add(`${f.sheet}!${f.cell}`);
    out.push({ sheet: f.sheet, cell: f.cell, label: f.involved.find((c) => c.cell === f.cell)?.label ?? "" });
  }
  return out;
}
