import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { type DragEvent, useRef, useState } from "react";

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
        aria-label="选择 .xlsx 文件"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onFile(file);
        }}
      />
      <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
        打开 .xlsx 文件
      </Button>
      <Button disabled={busy} onClick={onSample}>
        打开示例
      </Button>
      <Text>或把统计表文件拖到这里。WPS 或旧版 Excel 的 .xls / .et 文件请先另存为 .xlsx。</Text>
    </div>
  );
}
