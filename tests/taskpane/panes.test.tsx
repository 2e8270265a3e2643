/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, fireEvent } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Highlight } from "../../src/taskpane/components/Highlight";
import { CheckPane } from "../../src/taskpane/components/CheckPane";
import { ScorePane } from "../../src/taskpane/components/ScorePane";
import { LibraryPane } from "../../src/taskpane/components/LibraryPane";
import { STRINGS } from "../../src/taskpane/i18n";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { en } from "../../src/taskpane/i18n/en";
import { builtinLibrary } from "../../src/core/library";
import type { Issue } from "../../src/core/checks/types";
import type { Table } from "../../src/core/table/table";
import type { TableScore } from "../../src/core/scoring/types";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { factsOf } from "../../src/core/model/facts";
import { scoreFacts } from "../../src/core/model/score";
import { analyze, EMPTY_ANALYSIS, type Analysis } from "../../src/taskpane/state/analyze";
import { MemoryHost } from "../../src/taskpane/host/memory-host";
import { createLibraryView } from "../../src/core/library";
import { buildTemplate } from "../../src/core/table/templates/build";
import { columnFor } from "../../src/core/table/templates/layout";
import { regroup } from "../../src/taskpane/state/regroup";

import { readingTables } from "../../src/taskpane/state/builtin";
import { paneAssets } from "../../scripts/build-pane-assets";

const t = STRINGS["zh-CN"];
// The pane searches the built-in library with the readings computed at build time, as in the browser.
beforeAll(() => readingTables.set(builtinLibrary(), paneAssets().readings));
const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
const table: Table = { kind: "self-eval", sheet: "自评表", meta: {}, indicators: [] };

/** An analysis of one table with the given issues (and score), as the core hands it to the pane. */
function analysisOf(issues: Issue[], score?: TableScore): Analysis {
  const profile = builtinProfile();
  const facts = factsOf(table, profile);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return {
    tables: [{ table, profile, facts, score: score ?? scoreFacts(facts), report: { issues, counts, truncated: false } }],
    issues: issues.map((i) => ({ ...i, table: 0 })),
    counts,
  };
}

describe("Highlight", () => {
  it("marks matched ranges as text, never as HTML", () => {
    const { container } = render(<Highlight text="<b>培训</b>人次" ranges={[{ start: 3, end: 5 }]} />);
    expect(container.querySelector("mark")?.textContent).toBe("培训");
    expect(container.querySelector("b")).toBeNull();
    expect(container.textContent).toBe("<b>培训</b>人次");
  });
});

describe("CheckPane", () => {
  it("shows a plain success verdict when there are no issues", () => {
    wrap(<CheckPane analysis={analysisOf([])} t={t} lang="zh-CN" onCheck={() => undefined} onSelect={() => undefined} />);
    expect(screen.getByTestId("verdict").textContent).toBe("没有发现问题");
  });

  it("counts errors and warnings, labels severity with text, and selects the cell on click", () => {
    const onSelect = jest.fn();
    const issues: Issue[] = [
      { code: "value/unparseable", severity: "error", sheet: "自评表", cell: "E13", indicator: "培训人次", params: { text: "100 (约)" } },
      { code: "library/unit-mismatch", severity: "warning", sheet: "自评表", cell: "H30", params: { unit: "次", libUnit: "人次" } },
    ];
    wrap(<CheckPane analysis={analysisOf(issues)} t={t} lang="zh-CN" onCheck={() => undefined} onSelect={onSelect} />);
    expect(screen.getByTestId("verdict").textContent).toBe("1 个错误，1 个警告");
    expect(screen.getAllByText("错误").length).toBeGreaterThan(0);
    expect(screen.getAllByText("警告").length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "定位到 E13" }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ ...issues[0], table: 0 }));
  });
});

describe("honest states", () => {
  const library = builtinLibrary();
  const profile = builtinProfile();
  const view = createLibraryView(library);
  const picks = library.indicators.filter((i) => i.status.state === "active" && !i.block && i.kind === "quantitative").slice(0, 3);

  it("says there is no table with an info icon, never a green tick", () => {
    wrap(<CheckPane analysis={EMPTY_ANALYSIS} t={t} lang="zh-CN" onCheck={() => undefined} onSelect={() => undefined} />);
    const v = screen.getByTestId("verdict");
    expect(v.getAttribute("data-state")).toBe("no-table");
    expect(v.textContent).toContain("没有识别到绩效表");
  });

  it("shows a fresh template as 待填写, not as errors, then real errors once filled", async () => {
    const host = new MemoryHost();
    const sheet = await host.insertTemplate(buildTemplate("self-eval", { library, profile, indicators: picks }));
    const blank = analyze(await host.read(), profile, view);
    expect(blank.counts.error).toBeGreaterThan(0); // the core's severities are unchanged
    const { unmount } = wrap(<CheckPane analysis={blank} t={t} lang="zh-CN" onCheck={() => undefined} onSelect={() => undefined} />);
    expect(screen.getByTestId("verdict").getAttribute("data-state")).toBe("blank");
    expect(screen.getByTestId("verdict").textContent).toMatch(/^空白模板：待填写 \d+ 项/);
    expect(document.querySelector("ul[data-kind=error]")).toBeNull();
    unmount();
    // Partly filled: targets only.
    const cols = { target: columnFor("self-eval", "target")!.letter, weight: columnFor("self-eval", "weight")!.letter, actual: columnFor("self-eval", "actual")!.letter };
    const rows = picks.map((p) => host.findText(sheet, p.name)!.replace(/^[A-Z]+/, ""));
    rows.forEach((r) => host.setCell(sheet, `${cols.target}${r}`, 100));
    const partial = analyze(await host.read(), profile, view);
    const p = wrap(<CheckPane analysis={partial} t={t} lang="zh-CN" onCheck={() => undefined} onSelect={() => undefined} />);
    expect(["partial", "warnings", "errors"]).toContain(screen.getByTestId("verdict").getAttribute("data-state"));
    expect(screen.getByTestId("fill").textContent).toMatch(/填写中 \d+\/\d+/);
    p.unmount();
  });
});

describe("CheckPane review buttons", () => {
  it("offers 写入审核意见 and 移除审核意见 when given, and calls them", () => {
    const onReview = jest.fn();
    const onRemove = jest.fn();
    wrap(<CheckPane analysis={analysisOf([])} t={t} lang="zh-CN" onCheck={() => undefined} onSelect={() => undefined} onReview={onReview} onRemoveReview={onRemove} />);
    fireEvent.click(screen.getByRole("button", { name: "写入审核意见" }));
    fireEvent.click(screen.getByRole("button", { name: "移除审核意见" }));
    expect(onReview).toHaveBeenCalledTimes(1);
    expect(onRemove).toHaveBeenCalledTimes(1);
  });
});

describe("ScorePane", () => {
  it("shows total, grade, subtotals, budget and a chart with text labels", () => {
    const score: TableScore = {
      rows: [],
      subtotals: [
        { name: "产出指标", weight: 50, score: 45, children: [{ name: "数量指标", weight: 20, score: 15 }] },
        { name: "效益指标", weight: 30, score: 30, children: [] },
      ],
      budget: { rate: 0.95, weight: 10, score: 9.5 },
      state: "scored",
      unscored: [],
      total: 84.5,
      grade: "良",
    };
    const { container } = wrap(<ScorePane analysis={analysisOf([], score)} t={t} />);
    expect(screen.getByTestId("total").textContent).toBe("总分: 84.5 · 等级: 良");
    expect(screen.getByText("数量指标")).toBeTruthy();
    expect(screen.getByText(/执行率 95%/)).toBeTruthy();
    const svg = container.querySelector("svg[role=img]");
    expect(svg?.textContent).toContain("得分 45 / 分值 50");
  });
});

describe("LibraryPane", () => {
  it("finds indicators by pinyin initials as you type and highlights the match", async () => {
    const library = builtinLibrary();
    const target = library.indicators.find((i) => i.name === "预算执行率");
    expect(target).toBeDefined();
    const onTemplate = jest.fn();
    wrap(<LibraryPane library={library} t={t} onInsert={() => undefined} onTemplate={onTemplate} />);
    expect((await screen.findByTestId("count")).textContent).toMatch(/共 \d+ 个指标|正在建立索引/);
    await screen.findByText(`共 ${library.indicators.filter((i) => i.status.state === "active").length} 个指标`);
    fireEvent.change(screen.getByTestId("search"), { target: { value: "yszxl" } });
    const box = await screen.findByRole("checkbox", { name: "选择 预算执行率" });
    expect(screen.getByTestId("results").querySelector("mark")).not.toBeNull();
    fireEvent.click(box);
    fireEvent.click(screen.getByRole("button", { name: "新建模板" }));
    expect(onTemplate).toHaveBeenCalledWith("self-eval", [target]);
  });
});

describe("indicator card and score grouping", () => {
  it("shows every field with ≥/≤ and no raw <dl>", async () => {
    const library = builtinLibrary();
    const ind = library.indicators.find((i) => i.formula && i.operator === ">=")!;
    wrap(<LibraryPane library={library} t={t} onInsert={() => undefined} onTemplate={() => undefined} />);
    fireEvent.change(await screen.findByTestId("search"), { target: { value: ind.name } });
    const row = (await screen.findByRole("checkbox", { name: `选择 ${ind.name}` })).closest("li")!;
    fireEvent.click(row.querySelector("button")!);
    const card = screen.getByTestId("indicator-card");
    for (const text of [ind.explanation, ind.formula!, ind.scoring, ind.source, "≥", "建议分值", "评分标准", "计算公式"]) expect(card.textContent).toContain(text);
    expect(card.textContent).not.toContain(">=");
    expect(document.querySelector("dl")).toBeNull();
  });

  it("says so when nothing matches", async () => {
    wrap(<LibraryPane library={builtinLibrary()} t={t} onInsert={() => undefined} onTemplate={() => undefined} />);
    await screen.findByText(/共 \d+ 个指标/);
    fireEvent.change(screen.getByTestId("search"), { target: { value: "zzzzqqqq" } });
    expect(screen.getByTestId("count").textContent).toBe("没有找到符合的指标");
  });

  it("puts central-2021's cost levels under 成本指标, keeping the total", () => {
    const central = builtinProfile("central-2021");
    const out = regroup([{ name: "产出指标", weight: 20, score: 10, children: [{ name: "数量指标", weight: 8, score: 4 }, { name: "经济成本指标", weight: 12, score: 6 }] }], central);
    expect(out.map((s) => [s.name, s.weight, s.score])).toEqual([["产出指标", 8, 4], ["成本指标", 12, 6]]);
  });
});

describe("i18n", () => {
  it("has every key in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });
});
