import * as React from "react";
import { FluentProvider, MessageBar, MessageBarBody, Tab, TabList, webDarkTheme, webLightTheme, makeStyles } from "@fluentui/react-components";
import { builtinLibrary, createLibraryView } from "../../core/library";
import type { Indicator, LibraryPackage } from "../../core/library/schema";
import type { Issue } from "../../core/checks/types";
import { builtinProfile, DEFAULT_PROFILE_ID } from "../../core/profiles/builtin";
import { buildTemplate } from "../../core/table/templates/build";
import { buildGoalReview, buildOpinion } from "../../core/review";
import { libraryHash } from "../../core/library/hash";
import type { TemplateKind } from "../../core/table/table";
import { STRINGS, type UiLang } from "../i18n";
import type { WorkbookHost } from "../host/types";
import { analyze, EMPTY_ANALYSIS, type Analysis } from "../state/analyze";
import { CheckPane } from "./CheckPane";
import { LibraryPane } from "./LibraryPane";
import { ScorePane } from "./ScorePane";
import { planLiveScoring } from "../../core/live/plan";
import { liveSkipText } from "../../core/live/messages";
import { SettingsPane } from "./SettingsPane";

type TabId = "library" | "check" | "score" | "settings";

const useStyles = makeStyles({ root: { padding: "8px 12px", minHeight: "100vh", boxSizing: "border-box" } });

export interface AppProps {
  host: WorkbookHost;
  inExcel: boolean;
  dark?: boolean;
  initialTab?: TabId;
  initialKind?: TemplateKind;
}


export function App({ host, inExcel, dark, initialTab, initialKind }: AppProps): React.ReactElement {
  const s = useStyles();
  const [lang, setLang] = React.useState<UiLang>("zh-CN");
  const t = STRINGS[lang];
  const [tab, setTab] = React.useState<TabId>(initialTab ?? "library");
  const [customLibrary, setCustomLibrary] = React.useState<LibraryPackage | null>(null);
  const library = React.useMemo(() => customLibrary ?? builtinLibrary(), [customLibrary]);
  const view = React.useMemo(() => createLibraryView(library), [library]);
  const [profileId, setProfileId] = React.useState(DEFAULT_PROFILE_ID);
  const profile = React.useMemo(() => builtinProfile(profileId), [profileId]);
  const [analysis, setAnalysis] = React.useState<Analysis>(EMPTY_ANALYSIS);
  const [notice, setNotice] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);

  const refresh = React.useCallback(async () => {
    try {
      const grids = await host.read();
      const a = analyze(grids, profile, view);
      setAnalysis(a);
      await host.mark(a.issues);
    } catch (e) {
      setNotice({ intent: "error", text: t.failed(e instanceof Error ? e.message : String(e)) });
    }
  }, [host, profile, view, t]);

  React.useEffect(() => {
    void refresh();
    return host.subscribe(() => void refresh());
  }, [host, refresh]);

  const guard = async (work: () => Promise<string>): Promise<void> => {
    try {
      setNotice({ intent: "success", text: await work() });
      await refresh();
    } catch (e) {
      setNotice({ intent: "error", text: t.failed(e instanceof Error ? e.message : String(e)) });
    }
  };
  const onInsert = (inds: Indicator[]): void =>
    void guard(async () => {
      const table = analysis.tables[0]?.table;
      if (!table) throw new Error(t.noTable);
      await host.insertIndicators(table, inds);
      return t.inserted(inds.length);
    });
  const onTemplate = (kind: TemplateKind, inds: Indicator[]): void =>
    void guard(async () => {
      const plan = buildTemplate(kind, { library, profile, indicators: inds });
      return t.templateInserted(await host.insertTemplate(plan));
    });
  // 启用实时计分: planned on a fresh read, so the cells it writes are the ones empty now.
  const onLiveAdd = (index: number): void =>
    void guard(async () => {
      const grids = await host.read();
      const a = analyze(grids, profile, view).tables[index];
      if (!a) throw new Error(t.noTable);
      const uiLang = lang === "en" ? "en" : "zh-CN";
      const r = planLiveScoring(a, grids, { library: { id: library.meta.id, version: library.meta.version } });
      if (!r.ok) throw new Error(t.liveRefused(r.reasons.map((x) => liveSkipText(x, uiLang)).join("；")));
      await host.addLiveScoring(r.patch);
      return t.liveAdded(r.patch.upgradedRows, r.patch.skipped.map((x) => liveSkipText(x, uiLang)).join("；"));
    });
  const onLiveRemove = (index: number): void =>
    void guard(async () => {
      const table = analysis.tables[index]?.table;
      if (!table) throw new Error(t.noTable);
      const r = await host.removeLiveScoring(table.sheet);
      return t.liveRemoved(r.removed, r.kept.length);
    });
  const onReview = (): void =>
    void guard(async () => {
      const ctx = {
        file: "当前工作簿",
        library: { id: library.meta.id, version: library.meta.version, hash: libraryHash(library) },
        profile,
        checkedAt: new Date().toLocaleString("zh-CN", { hour12: false }),
      };
      const op = buildOpinion(analysis, ctx);
      const goal = buildGoalReview(analysis, ctx);
      const name = await host.writeReview(goal ? [op.sheet, goal] : [op.sheet], op.notes);
      return t.reviewWritten(name, op.conclusion.verdict);
    });
  const onRemoveReview = (): void =>
    void guard(async () => {
      await host.removeReview();
      return t.reviewRemoved;
    });
  const onSelect = (issue: Issue): void => {
    if (issue.cell) void host.selectCell(issue.sheet, issue.cell);
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
      <main className={s.root}>
        <h1 style={{ fontSize: 16, margin: "0 0 6px" }}>{t.appTitle}</h1>
        {!inExcel && (
          <MessageBar intent="warning" data-testid="not-in-excel"><MessageBarBody>{t.notInExcel}</MessageBarBody></MessageBar>
        )}
        {notice && (
          <MessageBar intent={notice.intent} role="status"><MessageBarBody>{notice.text}</MessageBarBody></MessageBar>
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={t.appTitle}>
          <Tab value="library">{t.tabLibrary}</Tab>
          <Tab value="check">{t.tabCheck}</Tab>
          <Tab value="score">{t.tabScore}</Tab>
          <Tab value="settings">{t.tabSettings}</Tab>
        </TabList>
        <div style={{ marginTop: 8 }}>
          {tab === "library" && <LibraryPane library={library} t={t} onInsert={onInsert} onTemplate={onTemplate} {...(initialKind ? { initialKind } : {})} />}
          {tab === "check" && <CheckPane analysis={analysis} t={t} lang={lang} onCheck={() => void refresh()} onSelect={onSelect} onReview={onReview} onRemoveReview={onRemoveReview} />}
          {tab === "score" && <ScorePane analysis={analysis} t={t} live={{ onAdd: onLiveAdd, onRemove: onLiveRemove }} />}
          {tab === "settings" && (
            <SettingsPane t={t} lang={lang} profileId={profileId} library={library} onLang={setLang} onProfile={setProfileId} onLibrary={setCustomLibrary} />
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
