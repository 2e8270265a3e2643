import * as React from "react";
import { Button, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { createSearchIndex, PROJECT_TYPES, SECTORS, TANGSHAN_TYPES, type SearchFilters } from "../../core/library";
import type { Indicator, LibraryPackage } from "../../core/library/schema";
import type { TemplateKind } from "../../core/table/table";
import type { Strings } from "../i18n";
import { Highlight } from "./Highlight";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "6px", marginTop: "8px" },
  list: { listStyle: "none", padding: 0, margin: "8px 0", maxHeight: "45vh", overflowY: "auto" },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "6px 0" },
  card: { padding: "8px", background: tokens.colorNeutralBackground2, borderRadius: "4px", marginTop: "6px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end", marginTop: "8px" },
});

export interface LibraryPaneProps {
  library: LibraryPackage;
  t: Strings;
  onInsert(indicators: Indicator[]): void;
  onTemplate(kind: TemplateKind, indicators: Indicator[]): void;
  initialKind?: TemplateKind;
}

export function LibraryPane({ library, t, onInsert, onTemplate, initialKind }: LibraryPaneProps): React.ReactElement {
  const s = useStyles();
  const index = React.useMemo(() => createSearchIndex(library.indicators, { tree: library.tree }), [library]);
  const [query, setQuery] = React.useState("");
  const [filters, setFilters] = React.useState<SearchFilters>({});
  const [chosen, setChosen] = React.useState<Map<string, Indicator>>(new Map());
  const [open, setOpen] = React.useState<string | null>(null);
  const [kind, setKind] = React.useState<TemplateKind>(initialKind ?? "self-eval");
  const hits = React.useMemo(() => index.search(query, filters, 50), [index, query, filters]);
  const level1 = typeof filters.level1 === "string" ? filters.level1 : "";
  const level2s = library.tree.find((n) => n.name === level1)?.children ?? [];
  const setFilter = (k: keyof SearchFilters, v: string): void =>
    setFilters((f) => {
      const next = { ...f } as Record<string, unknown>;
      if (v) next[k] = v;
      else delete next[k];
      if (k === "level1") delete next.level2;
      return next as SearchFilters;
    });
  const toggle = (ind: Indicator): void =>
    setChosen((m) => {
      const n = new Map(m);
      if (n.has(ind.code)) n.delete(ind.code);
      else n.set(ind.code, ind);
      return n;
    });
  const picker = (label: string, key: keyof SearchFilters, options: readonly string[]): React.ReactElement => (
    <Field label={label} size="small">
      <Select size="small" value={(filters[key] as string | undefined) ?? ""} onChange={(_, d) => setFilter(key, d.value)}>
        <option value="">{t.all}</option>
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </Select>
    </Field>
  );
  return (
    <section aria-label={t.tabLibrary}>
      <Field label={t.searchLabel}>
        <Input value={query} placeholder={t.searchPlaceholder} onChange={(_, d) => setQuery(d.value)} data-testid="search" />
      </Field>
      <div className={s.filters}>
        {picker(t.filterLevel1, "level1", library.tree.map((n) => n.name))}
        {picker(t.filterLevel2, "level2", level2s.map((n) => n.name))}
        {picker(t.filterProjectType, "projectType", PROJECT_TYPES)}
        {picker(t.filterSector, "sector", SECTORS)}
        {picker(t.filterTangshan, "tangshanType", TANGSHAN_TYPES)}
      </div>
      <Text size={200} role="status">{t.results(hits.length)} · {t.selected(chosen.size)}</Text>
      <ul className={s.list} data-testid="results">
        {hits.map((h) => {
          const ind = h.indicator;
          const nameRanges = h.ranges.filter((r) => r.field === "name");
          return (
            <li key={ind.code} className={s.item}>
              <Checkbox
                checked={chosen.has(ind.code)}
                onChange={() => toggle(ind)}
                label={<span><Highlight text={ind.name} ranges={nameRanges} /> <Text size={200}>（{ind.level1} / {ind.level2}）</Text></span>}
                aria-label={`${t.select} ${ind.name}`}
              />
              <Button size="small" appearance="subtle" aria-expanded={open === ind.code} onClick={() => setOpen(open === ind.code ? null : ind.code)}>
                {t.explanation}
              </Button>
              {open === ind.code && (
                <dl className={s.card}>
                  <dt>{t.explanation}</dt><dd>{ind.explanation}</dd>
                  <dt>{t.unit}</dt><dd>{ind.unit || "—"}</dd>
                  <dt>{t.operator}</dt><dd>{ind.operator}</dd>
                  <dt>{t.bases}</dt><dd>{ind.bases.map((b) => b.basis + (b.reference ? ` ${b.reference}` : "")).join("；")}</dd>
                  <dt>{t.source}</dt><dd>{ind.source}</dd>
                  {ind.example && (<><dt>{t.example}</dt><dd>{ind.example}</dd></>)}
                </dl>
              )}
            </li>
          );
        })}
      </ul>
      <div className={s.actions}>
        <Button appearance="primary" disabled={chosen.size === 0} onClick={() => onInsert([...chosen.values()])}>{t.insertIntoTable}</Button>
        <Field label={t.templateKind} size="small">
          <Select size="small" value={kind} onChange={(_, d) => setKind(d.value as TemplateKind)} data-testid="kind">
            <option value="goal">{t.kindGoal}</option>
            <option value="self-eval">{t.kindSelfEval}</option>
            <option value="dept-goal">{t.kindDeptGoal}</option>
            <option value="monitor">{t.kindMonitor}</option>
          </Select>
        </Field>
        <Button onClick={() => onTemplate(kind, [...chosen.values()])}>{t.newTemplate}</Button>
      </div>
    </section>
  );
}
