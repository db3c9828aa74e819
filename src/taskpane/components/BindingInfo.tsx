import { Button, Field, makeStyles, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { type CheckResult } from "../../core/check";
import { BLANK_TEMPLATES, bindingText } from "../display";
import { type Translate } from "../i18n";

const useStyles = makeStyles({
  insert: { display: "flex", flexDirection: "column", gap: "8px", alignItems: "flex-start" },
});

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
