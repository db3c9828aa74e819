import { Button, Field, makeStyles, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { type CheckResult } from "../../core/check";
import { type Translate } from "../i18n";

/** Formats offered for a blank sheet: the current one first, the old 统计表 for reports about earlier years. */
export const BLANK_TEMPLATES = ["gov-2021", "pre-2019"] as const;

const useStyles = makeStyles({
  insert: { display: "flex", flexDirection: "column", gap: "8px", alignItems: "flex-start" },
});

/** "表三 收到和处理……" → "表三": the official number is what clerks call a table by. */
function shortTitle(title: string): string {
  return title.split(/\s/)[0];
}

export function bindingText(result: CheckResult, t: Translate): string {
  const tables = result.tables
    .map((x) => t("tableAt", { table: shortTitle(x.title), range: `${x.sheet}!${x.range}` }))
    .join("；");
  return t("recognised", { template: result.templateName ?? "", tables });
}

interface Props {
  result: CheckResult | null;
  t: Translate;
  canInsert: boolean;
  busy: boolean;
  onInsert(templateId: string): void;
}

/** Where the standard tables were found, or, when none was, a way to start from a blank standard sheet. */
export function BindingInfo({ result, t, canInsert, busy, onInsert }: Props) {
  const styles = useStyles();
  const [templateId, setTemplateId] = useState<string>(BLANK_TEMPLATES[0]);
  if (!result) return <Text>{t("notCheckedYet")}</Text>;
  if (result.template) return <Text weight="semibold">{bindingText(result, t)}</Text>;
  return (
    <div className={styles.insert}>
      <Text>{t("notRecognised")}</Text>
      {canInsert && (
        <>
          <Field label={t("templateChoice")}>
            <Select value={templateId} onChange={(_, data) => setTemplateId(data.value)}>
              {BLANK_TEMPLATES.map((id) => (
                <option key={id} value={id}>
                  {t(`template.${id}` as const)}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" disabledFocusable={busy} onClick={() => onInsert(templateId)}>
            {t("insertBlank")}
          </Button>
        </>
      )}
    </div>
  );
}
