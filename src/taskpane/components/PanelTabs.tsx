import { makeStyles, Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { type Panel, type PanelProps } from "../panels";

const useStyles = makeStyles({
  body: { paddingTop: "8px" },
});

interface Props extends PanelProps {
  panels: readonly Panel[];
}

/** The registered extra sections, one tab each. */
export function PanelTabs({ panels, ...props }: Props) {
  const styles = useStyles();
  const [selected, setSelected] = useState(panels[0]?.id);
  const current = panels.find((p) => p.id === selected) ?? panels[0];
  if (!current) return null;
  return (
    <section>
      <TabList selectedValue={current.id} onTabSelect={(_, data) => setSelected(String(data.value))}>
        {panels.map((p) => (
          <Tab key={p.id} value={p.id}>
            {p.title[props.lang]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" className={styles.body}>
        {current.render(props)}
      </div>
    </section>
  );
}
