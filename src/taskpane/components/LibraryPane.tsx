import * as React from "react";
import { Badge, Button, Card, Checkbox, Field, SearchBox, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Filter20Regular } from "@fluentui/react-icons";
import { PROJECT_TYPES, SECTORS, TANGSHAN_TYPES } from "../../core/library/constants";
import type { SearchFilters, SearchIndex } from "../../core/library/search";
import type { Indicator, LibraryPackage } from "../../core/library/schema";
import type { TemplateKind } from "../../core/table/table";
import type { Strings } from "../i18n";
import { indexFor } from "../state/search";
import { Highlight } from "./Highlight";
import { IndicatorCard } from "./IndicatorCard";

const PAGE = 50;

const useStyles = makeStyles({
  top: { display: "flex", gap: "6px", alignItems: "center" },
  make: { display: "flex", flexDirection: "row", gap: "6px", alignItems: "end", flexWrap: "wrap", padding: "8px", marginTop: "8px" },
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "6px", marginTop: "6px", padding: "6px", background: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  status: { display: "flex", justifyContent: "space-between", alignItems: "center", margin: "6px 0 2px" },
  list: { listStyle: "none", padding: 0, margin: 0 },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "4px 0" },
  line: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: "4px" },
  empty: { padding: "16px 4px", color: tokens.colorNeutralForeground3 },
});

export interface LibraryPaneProps {
  library: LibraryPackage;
  t: Strings;
  onInsert(indicators: Indicator[]): void;
  onTemplate(kind: TemplateKind, indicators: Indicator[]): void;
  initialKind?: TemplateKind;
  /** Opened from the ribbon's 插入模板: focus the template button. */
  focusTemplate?: boolean;
}

/** Search and 新建模板 first; filters folded into one panel; the real count; a card with every field. */
export function LibraryPane({ library, t, onInsert, onTemplate, initialKind, focusTemplate }: LibraryPaneProps): React.ReactElement {
  const s = useStyles();
  const [index, setIndex] = React.useState<SearchIndex | null>(null);
  // The index is built after first paint (and, for a custom library, after pinyin-pro has loaded).
  React.useEffect(() => {
    let live = true;
    void indexFor(library).then((i) => live && setIndex(i));
    return () => {
      live = false;
    };
  }, [library]);
  const [query, setQuery] = React.useState("");
  const [filters, setFilters] = React.useState<SearchFilters>({});
  const [showFilters, setShowFilters] = React.useState(false);
  const [chosen, setChosen] = React.useState<Map<string, Indicator>>(new Map());
  const [open, setOpen] = React.useState<string | null>(null);
  const [limit, setLimit] = React.useState(PAGE);
  const [kind, setKind] = React.useState<TemplateKind>(initialKind ?? "self-eval");
  const templateButton = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (focusTemplate) templateButton.current?.focus();
  }, [focusTemplate]);
  const all = React.useMemo(() => (index ? index.search(query, filters, Number.POSITIVE_INFINITY) : []), [index, query, filters]);
  React.useEffect(() => setLimit(PAGE), [query, filters]);
  const hits = all.slice(0, limit);
  const level1 = typeof filters.level1 === "string" ? filters.level1 : "";
  const level2s = library.tree.find((n) => n.name === level1)?.children ?? [];
  const active = Object.keys(filters).length;
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
  const tangshan = library.indicators.some((i) => i.scope.tangshan);
  return (
    <section aria-label={t.tabLibrary}>
      <div className={s.top}>
        <SearchBox
          style={{ flex: 1, maxWidth: "none" }}
          value={query}
          placeholder={t.searchPlaceholder}
          aria-label={t.searchLabel}
          onChange={(_, d) => setQuery(d.value)}
          input={{ "data-testid": "search" } as { children?: undefined }}
        />
        <Button
          icon={<Filter20Regular />}
          appearance={showFilters || active ? "primary" : "secondary"}
          aria-expanded={showFilters}
          onClick={() => setShowFilters(!showFilters)}
          data-testid="filters-toggle"
        >
          {t.filters}{active ? ` ${active}` : ""}
        </Button>
      </div>
      {showFilters && (
        <div className={s.filters} data-testid="filters">
          {picker(t.filterLevel1, "level1", library.tree.map((n) => n.name))}
          {picker(t.filterLevel2, "level2", level2s.map((n) => n.name))}
          {picker(t.filterProjectType, "projectType", PROJECT_TYPES)}
          {picker(t.filterSector, "sector", SECTORS)}
          {tangshan && picker(t.filterTangshan, "tangshanType", TANGSHAN_TYPES)}
          {active > 0 && <Button size="small" appearance="subtle" onClick={() => setFilters({})}>{t.clearFilters}</Button>}
        </div>
      )}
      <Card className={s.make} size="small" appearance="filled-alternative">
        <Field label={t.templateKind} size="small">
          <Select size="small" value={kind} onChange={(_, d) => setKind(d.value as TemplateKind)} data-testid="kind">
            <option value="goal">{t.kindGoal}</option>
            <option value="self-eval">{t.kindSelfEval}</option>
            <option value="dept-goal">{t.kindDeptGoal}</option>
            <option value="monitor">{t.kindMonitor}</option>
          </Select>
        </Field>
        <Button appearance="primary" ref={templateButton} onClick={() => onTemplate(kind, [...chosen.values()])}>{t.newTemplate}</Button>
        <Button disabled={chosen.size === 0} onClick={() => onInsert([...chosen.values()])}>{t.insertIntoTable}</Button>
        <Text size={200}>{chosen.size ? t.templateWith(chosen.size) : t.templateEmpty}</Text>
      </Card>
      <div className={s.status}>
        <Text size={200} role="status" data-testid="count">
          {!index ? t.indexing : all.length === 0 ? t.noResults : t.results(all.length, library.indicators.length)}
        </Text>
        {chosen.size > 0 && <Badge appearance="tint">{t.selected(chosen.size)}</Badge>}
      </div>
      {index && all.length === 0 && <p className={s.empty}>{t.noResultsHint}</p>}
      <ul className={s.list} data-testid="results">
        {hits.map((h) => {
          const ind = h.indicator;
          const nameRanges = h.ranges.filter((r) => r.field === "name");
          return (
            <li key={ind.code} className={s.item}>
              <div className={s.line}>
                <Checkbox
                  checked={chosen.has(ind.code)}
                  onChange={() => toggle(ind)}
                  label={<span><Highlight text={ind.name} ranges={nameRanges} /> <Text size={200}>（{ind.level1} / {ind.level2}）</Text></span>}
                  aria-label={`${t.select} ${ind.name}`}
                />
                <Button size="small" appearance="subtle" aria-expanded={open === ind.code} onClick={() => setOpen(open === ind.code ? null : ind.code)}>
                  {t.details}
                </Button>
              </div>
              {open === ind.code && <IndicatorCard ind={ind} t={t} />}
            </li>
          );
        })}
      </ul>
      {all.length > hits.length && (
        <Button appearance="subtle" onClick={() => setLimit(limit + PAGE)}>{t.showMore(all.length - hits.length)}</Button>
      )}
    </section>
  );
}
