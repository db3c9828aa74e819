import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { type DragEvent, useRef, useState } from "react";
import { t } from "./text";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "12px",
    padding: "16px",
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
});

interface Props {
  busy: boolean;
  onFile(file: File): void;
  onSample(): void;
}

/** Choosing a workbook: the file picker, dropping a file on the zone, or the bundled sample. */
export function OpenFile({ busy, onFile, onSample }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <input
        ref={input}
        id="workbook-file"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={styles.hidden}
        aria-label={t("web.chooseFile")}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onFile(file);
        }}
      />
      <Button appearance="primary" disabledFocusable={busy} onClick={() => input.current?.click()}>
        {t("web.openFile")}
      </Button>
      <Button disabledFocusable={busy} onClick={onSample}>
        {t("web.openSample")}
      </Button>
      <Text>{t("web.drop")}</Text>
    </div>
  );
}
