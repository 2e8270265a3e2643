import "../taskpane/zod-config";
import { analyzeWorkbook } from "../core/analysis";
import { createLibraryView } from "../core/library/view";
import type { LibraryPackage } from "../core/library/schema";
import { BUILTIN_PROFILES } from "../core/profiles/builtin";
import { applyMarks, flushMarks, markStore, readActiveTable } from "../excel";
import { applyLiveScoring, removeLiveScoringExcel } from "../excel/live-scoring";
import { planLiveScoring } from "../core/live/plan";
import { liveSkipText } from "../core/live/messages";
import { STRINGS } from "../taskpane/i18n";
import { loadBuiltin } from "../taskpane/state/builtin";
import { explain } from "../taskpane/state/errors";
import { fillOf, presentIssues } from "../taskpane/state/fill";
import { fetchLibrary } from "../taskpane/state/library-source";
import { loadSaved, resolveSettings, type Settings } from "../taskpane/state/settings";
import { fetchBureauConfig } from "../taskpane/state/settings-schema";

const marks = markStore();

/** The pane's settings (what the person chose, over the bureau's and the build's defaults): one source of truth. */
async function settingsNow(): Promise<Settings> {
  const config = await fetchBureauConfig(location.href).catch(() => null);
  return resolveSettings(config, loadSaved()).settings;
}

/** The library the settings name, with its cached copy when offline; the built-in one otherwise. */
async function libraryFor(s: Settings): Promise<{ pkg: LibraryPackage; note?: string }> {
  if (s.library.kind === "builtin") return { pkg: await loadBuiltin() };
  try {
    const r = await fetchLibrary(s.library.url);
    return { pkg: r.pkg, ...(r.from === "cache" ? { note: explain(r.problem, s.lang).title } : {}) };
  } catch (e) {
    return { pkg: await loadBuiltin(), note: explain(e, s.lang).title };
  }
}

/**
 * Shows the outcome of a ribbon command in a small dialog (notice.html), since a function command has no
 * window of its own. Closed by its button; a failure to open it is logged, never thrown.
 */
function showOutcome(text: string, kind: "ok" | "warning" | "error", lang: string): Promise<void> {
  return new Promise((resolve) => {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const url = new URL("notice.html", location.href);
    url.searchParams.set("text", text);
    url.searchParams.set("kind", kind);
    url.searchParams.set("lang", lang);
    if (!office?.context?.ui?.displayDialogAsync) {
      console.log(text);
      return resolve();
    }
    office.context.ui.displayDialogAsync(url.href, { height: 25, width: 30, displayInIframe: true }, (r) => {
      if (r.status !== office.AsyncResultStatus.Succeeded) {
        console.warn("无法显示结果 / cannot show the outcome", r.error, text);
        return resolve();
      }
      const dialog = r.value;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, () => dialog.close());
      resolve();
    });
  });
}

/** Ribbon 检查: reads the active table, checks it under the pane's settings, marks the cells and says what it found. */
async function checkActiveTable(event: Office.AddinCommands.Event): Promise<void> {
  let lang: Settings["lang"] = "zh-CN";
  try {
    const settings = await settingsNow();
    lang = settings.lang;
    const t = STRINGS[lang];
    const { pkg, note } = await libraryFor(settings);
    const profile = BUILTIN_PROFILES.find((p) => p.id === settings.profileId);
    const analysis = await Excel.run(async (ctx) => {
      const { grids } = await readActiveTable(ctx);
      // The one analysis the pane and the CLI run; stamped templates keep their own profile.
      const a = analyzeWorkbook(grids, { library: createLibraryView(pkg), ...(profile ? { defaultProfile: profile } : {}) });
      await applyMarks(ctx, a.issues, marks);
      await flushMarks(marks);
      return a;
    });
    const fills = analysis.tables.map(fillOf);
    const shown = presentIssues(analysis.issues, fills);
    const n = { error: 0, warning: 0, todo: 0 };
    for (const i of shown) if (i.todo) n.todo++;
    else if (i.severity !== "info") n[i.severity]++;
    const text =
      analysis.tables.length === 0
        ? t.noTable
        : `${t.checkDone}${n.error || n.warning ? t.verdict(n.error, n.warning) : t.noIssues}${n.todo ? t.andTodo(n.todo) : ""}${note ? `\n${note}` : ""}`;
    await showOutcome(text, analysis.tables.length === 0 || n.warning || n.todo ? "warning" : n.error ? "error" : "ok", lang);
  } catch (e) {
    const x = explain(e, lang);
    await showOutcome(`${x.title}${x.next}\n${x.detail}`, "error", lang);
  } finally {
    event.completed();
  }
}

/**
 * Ribbon 实时计分: on the active sheet's first self-evaluation, adds live scoring, or removes it when it is
 * already there, under the pane's settings (library and profile), and says what it did.
 */
async function toggleLiveScoring(event: Office.AddinCommands.Event): Promise<void> {
  let lang: Settings["lang"] = "zh-CN";
  try {
    const settings = await settingsNow();
    lang = settings.lang;
    const { pkg } = await libraryFor(settings);
    const profile = BUILTIN_PROFILES.find((p) => p.id === settings.profileId);
    const { grids } = await Excel.run((ctx) => readActiveTable(ctx));
    const { tables } = analyzeWorkbook(grids, { library: createLibraryView(pkg), ...(profile ? { defaultProfile: profile } : {}) });
    const a = tables.find((x) => x.table.kind === "self-eval");
    if (!a) throw new Error(STRINGS[lang].noTable);
    if (a.table.live) {
      const r = await Excel.run((ctx) => removeLiveScoringExcel(ctx, a.table.sheet));
      await showOutcome(STRINGS[lang].liveRemoved(r.removed, r.kept.length), "ok", lang);
      return;
    }
    const r = planLiveScoring(a, grids, { library: { id: pkg.meta.id, version: pkg.meta.version } });
    if (!r.ok) throw new Error(STRINGS[lang].liveRefused(r.reasons.map((x) => liveSkipText(x, lang)).join("；")));
    await Excel.run((ctx) => applyLiveScoring(ctx, r.patch));
    await showOutcome(STRINGS[lang].liveAdded(r.patch.upgradedRows, r.patch.skipped.map((x) => liveSkipText(x, lang)).join("；")), "ok", lang);
  } catch (e) {
    const x = explain(e, lang);
    await showOutcome(`${x.title}${x.next}\n${x.detail}`, "error", lang);
  } finally {
    event.completed();
  }
}

void window.jixiaoOfficeLoaded?.then(() => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  office?.onReady(() => {
    office.actions?.associate("checkActiveTable", checkActiveTable);
    office.actions?.associate("toggleLiveScoring", toggleLiveScoring);
  });
});

declare global {
  interface Window {
    jixiaoOfficeLoaded?: Promise<string>;
  }
}
