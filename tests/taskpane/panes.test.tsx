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
import type { Analysis } from "../../src/taskpane/state/analyze";

const t = STRINGS["zh-CN"];
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
      { code: "value/missing", severity: "error", sheet: "自评表", cell: "E13", indicator: "培训人次", params: { problem: "empty" } },
      { code: "weight/sum", severity: "warning", sheet: "自评表", cell: "H30", params: { total: 95, expected: 100, indicators: 85, budget: 10 } },
    ];
    wrap(<CheckPane analysis={analysisOf(issues)} t={t} lang="zh-CN" onCheck={() => undefined} onSelect={onSelect} />);
    expect(screen.getByTestId("verdict").textContent).toBe("1 个错误，1 个警告");
    expect(screen.getAllByText("错误").length).toBeGreaterThan(0);
    expect(screen.getAllByText("警告").length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "定位到 E13" }));
    expect(onSelect).toHaveBeenCalledWith({ ...issues[0], table: 0 });
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
  it("finds indicators by pinyin initials as you type and highlights the match", () => {
    const library = builtinLibrary();
    const target = library.indicators.find((i) => i.name === "预算执行率");
    expect(target).toBeDefined();
    const onTemplate = jest.fn();
    wrap(<LibraryPane library={library} t={t} onInsert={() => undefined} onTemplate={onTemplate} />);
    fireEvent.change(screen.getByTestId("search"), { target: { value: "yszxl" } });
    const box = screen.getByRole("checkbox", { name: "选择 预算执行率" });
    expect(screen.getByTestId("results").querySelector("mark")).not.toBeNull();
    fireEvent.click(box);
    fireEvent.click(screen.getByRole("button", { name: "新建模板" }));
    expect(onTemplate).toHaveBeenCalledWith("self-eval", [target]);
  });
});

describe("i18n", () => {
  it("has every key in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });
});
