/**
 * The anchor for the first-content figure: a task pane made of the same Fluent UI components as Jixiao's first
 * screen (provider, tabs, search box, buttons, select, card, checkbox list, message bar) and nothing else — no
 * library, no analysis. `npm run bench` builds it like the pane and loads both side by side.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { Button, Card, Checkbox, Field, FluentProvider, MessageBar, MessageBarBody, SearchBox, Select, Tab, TabList, Text, webLightTheme } from "@fluentui/react-components";
import { Filter20Regular } from "@fluentui/react-icons";

function Anchor(): React.ReactElement {
  const [q, setQ] = React.useState("");
  const items = Array.from({ length: 50 }, (_, i) => `指标 ${i + 1}`).filter((n) => n.includes(q));
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: "8px 12px" }}>
        <h1 style={{ fontSize: 16 }}>绩效目标助手</h1>
        <MessageBar intent="info"><MessageBarBody>anchor</MessageBarBody></MessageBar>
        <TabList selectedValue="library">
          <Tab value="library">指标库</Tab>
          <Tab value="check">检查</Tab>
          <Tab value="score">得分</Tab>
          <Tab value="settings">设置</Tab>
        </TabList>
        <div style={{ display: "flex", gap: 6 }}>
          <SearchBox value={q} onChange={(_, d) => setQ(d.value)} />
          <Button icon={<Filter20Regular />}>筛选</Button>
        </div>
        <Card>
          <Field label="模板类型"><Select><option>项目绩效自评表</option></Select></Field>
          <Button appearance="primary">新建模板</Button>
        </Card>
        <Text>共 {items.length} 个指标</Text>
        <ul>{items.map((n) => <li key={n}><Checkbox label={n} /></li>)}</ul>
      </main>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<Anchor />);
