import * as React from "react";
import { FluentProvider, Tab, TabList, webDarkTheme, webLightTheme, makeStyles } from "@fluentui/react-components";
import type { Indicator, LibraryPackage } from "../../core/library/schema";
import type { Issue } from "../../core/checks/types";
import type { TemplateKind } from "../../core/table/table";
import type { Engine } from "../engine";
import { loadEngine } from "../load-engine";
import { STRINGS, type UiLang } from "../i18n";
import type { WorkbookHost } from "../host/types";
import type { MemoryHost } from "../host/memory-host";
import type { Analysis } from "../state/analyze";
import { EMPTY_ANALYSIS } from "../state/empty";
import { explain, PaneError } from "../state/errors";
import { BUILTIN_SETTINGS, saveSettings, type Settings } from "../state/settings";
import { LibraryPane } from "./LibraryPane";
import { Busy, Notice, type NoticeData } from "./Notice";

// The first screen is the library; the other tabs and the grid load as their own chunks when first shown.
const CheckPane = React.lazy(() => import("./CheckPane.js").then((m) => ({ default: m.CheckPane })));
const ScorePane = React.lazy(() => import("./ScorePane.js").then((m) => ({ default: m.ScorePane })));
const SettingsPane = React.lazy(() => import("./SettingsPane.js").then((m) => ({ default: m.SettingsPane })));
const WorkbookGrid = React.lazy(() => import("./WorkbookGrid.js").then((m) => ({ default: m.WorkbookGrid })));

type TabId = "library" | "check" | "score" | "settings";

const useStyles = makeStyles({
  // Outside Office the workbook sits beside the pane, as Excel's grid sits beside a task pane.
  shell: { display: "flex", height: "100vh", boxSizing: "border-box", "@media (max-width: 760px)": { flexDirection: "column-reverse", height: "auto" } },
  workbook: { flex: "1 1 auto", minWidth: 0, padding: "8px", boxSizing: "border-box", "@media (max-width: 760px)": { height: "60vh" } },
  pane: { width: "380px", flex: "0 0 auto", padding: "8px 12px", boxSizing: "border-box", overflowY: "auto", "@media (max-width: 760px)": { width: "100%" } },
  solo: { padding: "8px 12px", minHeight: "100vh", boxSizing: "border-box" },
});

export interface AppProps {
  /** null until office.js says where the pane runs: the pane renders meanwhile (library search works). */
  host: WorkbookHost | null;
  inExcel: boolean;
  dark?: boolean;
  initialTab?: TabId;
  initialKind?: TemplateKind;
  /** The settings resolved before the first render (defaults, bureau config, what was saved). */
  settings?: Settings;
  /** What the settings were resolved from, so only differences are saved. */
  defaults?: Settings;
  /** The built-in library, loaded after first paint. */
  builtin: () => Promise<LibraryPackage>;
  /** "template": opened from the ribbon's 插入模板 — the library tab leads with the template choice. */
  action?: "template";
  /** A startup problem to show (an invalid bureau config file). */
  startupError?: unknown;
}

export function App({ host, inExcel, dark, initialTab, initialKind, settings: initial, defaults = BUILTIN_SETTINGS, builtin, startupError, action }: AppProps): React.ReactElement {
  const s = useStyles();
  const [settings, setSettings] = React.useState<Settings>(initial ?? BUILTIN_SETTINGS);
  // The bureau's config file may arrive after first paint: take it unless the person already changed something.
  const touched = React.useRef(false);
  React.useEffect(() => {
    if (initial && !touched.current) setSettings(initial);
  }, [initial]);
  const lang: UiLang = settings.lang;
  const t = STRINGS[lang];
  const [tab, setTab] = React.useState<TabId>(initialTab ?? "library");
  const [library, setLibrary] = React.useState<LibraryPackage | null>(null);
  // The analysis, templates and profiles arrive as one chunk after first paint.
  const [engine, setEngine] = React.useState<Engine | null>(null);
  const view = React.useMemo(() => (library && engine ? engine.createLibraryView(library) : undefined), [library, engine]);
  const profile = React.useMemo(() => (engine ? (engine.BUILTIN_PROFILES.find((p) => p.id === settings.profileId) ?? engine.BUILTIN_PROFILES[0]!) : null), [engine, settings.profileId]);
  const [analysis, setAnalysis] = React.useState<Analysis>(EMPTY_ANALYSIS);
  const [notice, setNotice] = React.useState<NoticeData | null>(null);
  // An invalid bureau config arrives after first paint: say so once it is known.
  React.useEffect(() => {
    if (startupError) setNotice({ intent: "error", key: "config", error: explain(new PaneError("config", startupError instanceof Error ? startupError.message : String(startupError)), lang) });
  }, [startupError]);
  const [busy, setBusy] = React.useState(0);
  // office.js starts loading once the first content is painted: after this commit, the next frame.
  React.useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => (window as { jixiaoStartOffice?: () => void }).jixiaoStartOffice?.()));
  }, []);
  React.useEffect(() => {
    let live = true;
    loadEngine().then((e) => live && setEngine(e), (e: unknown) => fail(e));
    return () => {
      live = false;
    };
  }, []);
  const fail = React.useCallback((e: unknown, key?: string) => setNotice({ intent: "error", error: explain(e, lang), ...(key ? { key } : {}) }), [lang]);
  const tell = React.useCallback((text: string, intent: "success" | "info" | "warning" = "success") => setNotice({ intent, text }), []);
  const working = React.useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    setBusy((n) => n + 1);
    try {
      return await work();
    } finally {
      setBusy((n) => n - 1);
    }
  }, []);

  // A success notice says what just happened; it goes by itself. Errors stay until closed or resolved.
  React.useEffect(() => {
    if (!notice || notice.intent === "error") return;
    const timer = setTimeout(() => setNotice((n) => (n === notice ? null : n)), 8000);
    return () => clearTimeout(timer);
  }, [notice]);

  const update = (patch: Partial<Settings>): void => {
    touched.current = true;
    const next = { ...settings, ...patch };
    setSettings(next);
    try {
      saveSettings(next, defaults);
    } catch (e) {
      fail(new PaneError("storage", e instanceof Error ? e.message : String(e)));
    }
  };

  // The library: the built-in one (fetched after first paint) or the configured URL, with its cached copy.
  const source = settings.library;
  React.useEffect(() => {
    let stale = false;
    void working(async () => {
      try {
        if (source.kind === "builtin") {
          const pkg = await builtin();
          if (!stale) setLibrary(pkg);
          return;
        }
        const r = await (await loadEngine()).fetchLibrary(source.url);
        if (stale) return;
        setLibrary(r.pkg);
        const id = `${r.pkg.meta.id}@${r.pkg.meta.version}`;
        if (r.from === "cache") {
          const why = explain(r.problem, lang);
          setNotice({
            intent: "error",
            key: "library",
            error: { ...why, title: r.newerRejected ? t.newerRejected(id, r.pkg.meta.issued, why.title) : t.usingCache(id, r.pkg.meta.issued, why.title) },
          });
        } else if (r.notCached) tell(t.notCached(id), "warning");
        else setNotice((n) => (n && n.key === "library" ? null : n));
      } catch (e) {
        if (stale) return;
        fail(e, "library");
        setLibrary(await builtin());
      }
    });
    return () => {
      stale = true;
    };
  }, [source.kind, source.kind === "url" ? source.url : "", builtin]);

  const refresh = React.useCallback(async () => {
    if (!host || !engine || !profile) return;
    try {
      const grids = await host.read();
      const a = engine.analyze(grids, profile, view);
      setAnalysis(a);
      // A "no table" or failed-read notice no longer applies once a table is there.
      setNotice((n) => (n && (n.key === "read" || (n.key === "no-table" && a.tables.length > 0)) ? null : n));
      await host.mark(a.issues);
    } catch (e) {
      fail(e, "read");
    }
  }, [host, engine, profile, view, fail]);

  React.useEffect(() => {
    if (!host) return;
    void refresh();
    return host.subscribe(() => void refresh());
  }, [host, refresh]);

  const guard = (work: () => Promise<string>, key?: string): void =>
    void working(async () => {
      try {
        tell(await work());
        await refresh();
      } catch (e) {
        fail(e, key);
      }
    });
  const onInsert = (inds: Indicator[]): void =>
    guard(async () => {
      const table = analysis.tables[0]?.table;
      if (!table || !host) throw new PaneError("no-table", t.noTable);
      await host.insertIndicators(table, inds);
      return t.inserted(inds.length);
    }, "no-table");
  const onTemplate = (kind: TemplateKind, inds: Indicator[]): void =>
    guard(async () => {
      if (!library || !host || !engine || !profile) throw new PaneError("other", t.loadingLibrary);
      const plan = engine.buildTemplate(kind, { library, profile, indicators: inds });
      return t.templateInserted(await host.insertTemplate(plan));
    });
  // 启用实时计分: planned on a fresh read, so the cells it writes are the ones empty now.
  const onLiveAdd = (index: number): void =>
    guard(async () => {
      if (!library || !host || !engine || !profile) throw new PaneError("other", t.loadingLibrary);
      const grids = await host.read();
      const a = engine.analyze(grids, profile, view).tables[index];
      if (!a) throw new PaneError("no-table", t.noTable);
      const uiLang = lang === "en" ? "en" : "zh-CN";
      const r = engine.planLiveScoring(a, grids, { library: { id: library.meta.id, version: library.meta.version } });
      if (!r.ok) throw new Error(t.liveRefused(r.reasons.map((x) => engine.liveSkipText(x, uiLang)).join("；")));
      await host.addLiveScoring(r.patch);
      return t.liveAdded(r.patch.upgradedRows, r.patch.skipped.map((x) => engine.liveSkipText(x, uiLang)).join("；"));
    });
  const onLiveRemove = (index: number): void =>
    guard(async () => {
      const table = analysis.tables[index]?.table;
      if (!table || !host) throw new PaneError("no-table", t.noTable);
      const r = await host.removeLiveScoring(table.sheet);
      return t.liveRemoved(r.removed, r.kept.length);
    });
  // 写入审核意见: the review sheet (and 绩效目标审核表) and a note at each flagged cell; removable.
  const onReview = (): void =>
    guard(async () => {
      if (!library || !host || !engine || !profile) throw new PaneError("other", t.loadingLibrary);
      const ctx = {
        file: "当前工作簿",
        library: { id: library.meta.id, version: library.meta.version, hash: engine.libraryHash(library) },
        profile,
        checkedAt: new Date().toLocaleString("zh-CN", { hour12: false }),
      };
      const op = engine.buildOpinion(analysis, ctx);
      const goal = engine.buildGoalReview(analysis, ctx);
      const name = await host.writeReview(goal ? [op.sheet, goal] : [op.sheet], op.notes);
      return t.reviewWritten(name, op.conclusion.verdict);
    });
  const onRemoveReview = (): void =>
    guard(async () => {
      if (!host) throw new PaneError("no-table", t.noTable);
      await host.removeReview();
      return t.reviewRemoved;
    });
  const onSelect = (issue: Issue): void => {
    if (issue.cell && host) host.selectCell(issue.sheet, issue.cell).catch((e: unknown) => fail(e));
  };
  const onLoadUrl = async (url: string): Promise<void> => {
    const e = await loadEngine();
    const r = await working(() => e.fetchLibrary(url));
    if (r.from === "cache") throw r.problem;
    if (library && e.compareLibraries(r.pkg.meta, library.meta) < 0) tell(t.olderLoaded(`${r.pkg.meta.id}@${r.pkg.meta.version}`, `${library.meta.id}@${library.meta.version}`), "warning");
    update({ library: { kind: "url", url } });
  };

  const pane = (
    <>
      <h1 style={{ fontSize: 16, margin: "0 0 6px" }}>{t.appTitle}</h1>
      {!inExcel && (
        <p data-testid="not-in-excel" style={{ fontSize: 12, margin: "0 0 6px", color: "#605E5C" }}>{t.notInExcel}</p>
      )}
      {notice && <Notice key={JSON.stringify(notice)} notice={notice} t={t} onClose={() => setNotice(null)} />}
      <Busy busy={busy > 0} label={t.working} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.appTitle}>
        <Tab value="library">{t.tabLibrary}</Tab>
        <Tab value="check">{t.tabCheck}</Tab>
        <Tab value="score">{t.tabScore}</Tab>
        <Tab value="settings">{t.tabSettings}</Tab>
      </TabList>
      <div style={{ marginTop: 8 }}>
        <React.Suspense fallback={<Busy busy label={t.working} />}>
        {tab === "library" &&
          (library ? (
            <LibraryPane library={library} t={t} onInsert={onInsert} onTemplate={onTemplate} {...(initialKind ? { initialKind } : {})} {...(action ? { focusTemplate: true } : {})} />
          ) : (
            <Busy busy label={t.loadingLibrary} />
          ))}
        {/* Until office.js says where the pane runs (and the analysis has loaded) there is nothing honest to say about the workbook. */}
        {(tab === "check" || tab === "score") && (!host || !engine) && <Busy busy label={t.connecting} />}
        {tab === "check" && host && engine && (
          <CheckPane analysis={analysis} t={t} lang={lang} onCheck={() => void working(refresh)} onSelect={onSelect} onReview={onReview} onRemoveReview={onRemoveReview} />
        )}
        {tab === "score" && host && engine && <ScorePane analysis={analysis} t={t} live={{ onAdd: onLiveAdd, onRemove: onLiveRemove }} />}
        {tab === "settings" && (
          <SettingsPane
            t={t}
            lang={lang}
            settings={settings}
            library={library}
            onLang={(l) => update({ lang: l })}
            onProfile={(id) => update({ profileId: id })}
            onBuiltin={() => update({ library: { kind: "builtin" } })}
            profiles={engine ? engine.BUILTIN_PROFILES.map((p) => ({ id: p.id, name: p.name })) : [{ id: settings.profileId, name: settings.profileId }]}
            onFile={async (file) => {
              const pkg = await (await loadEngine()).readLibraryFile(file);
              setLibrary(pkg);
              return pkg;
            }}
            onUrl={onLoadUrl}
            onError={(e) => fail(e)}
            onDone={(text) => tell(text)}
          />
        )}
        </React.Suspense>
      </div>
    </>
  );

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      {host?.kind === "memory" && !inExcel ? (
        <div className={s.shell}>
          <section className={s.workbook} aria-label={t.gridLabel}>
            <React.Suspense fallback={<Busy busy label={t.working} />}>
              <WorkbookGrid host={host as MemoryHost} analysis={analysis} t={t} lang={lang} />
            </React.Suspense>
          </section>
          <main className={s.pane}>{pane}</main>
        </div>
      ) : (
        <main className={s.solo}>{pane}</main>
      )}
    </FluentProvider>
  );
}
