import * as React from "react";
import { Button, Text, makeStyles } from "@fluentui/react-components";
import type { TableScore } from "../../core/scoring/types";
import type { Strings } from "../i18n";
import type { Analysis } from "../state/analyze";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", marginTop: "6px", "& td, & th": { border: "1px solid #ccc", padding: "2px 4px", textAlign: "left" } },
  total: { fontSize: "20px", fontWeight: 700, margin: "8px 0" },
});

const fmt = (n: number | null | undefined, d = 2): string => (n === null || n === undefined || Number.isNaN(n) ? "—" : String(Math.round(n * 10 ** d) / 10 ** d));

/** Score vs weight per first level; each bar carries its numbers as text, so colour is never the only cue. */
export function ScoreChart({ score, t }: { score: TableScore; t: Strings }): React.ReactElement {
  const rows = score.subtotals;
  const max = Math.max(1, ...rows.map((r) => r.weight));
  const rowH = 34;
  const width = 300;
  const label = 90;
  return (
    <svg role="img" aria-label={t.chartTitle} width="100%" viewBox={`0 0 ${width} ${rows.length * rowH + 10}`}>
      <title>{t.chartTitle}</title>
      {rows.map((r, i) => {
        const y = i * rowH + 5;
        const w = ((width - label - 10) * r.weight) / max;
        const sw = ((width - label - 10) * r.score) / max;
        return (
          <g key={r.name}>
            <text x={0} y={y + 14} fontSize="11">{r.name}</text>
            <rect x={label} y={y} width={w} height={12} fill="#E1E1E1" stroke="#8A8886" />
            <rect x={label} y={y} width={sw} height={12} fill="#0F6CBD" />
            <text x={label} y={y + 26} fontSize="10">{`${t.score} ${fmt(r.score)} / ${t.weight} ${fmt(r.weight)}`}</text>
          </g>
        );
      })}
    </svg>
  );
}

export interface LiveActions {
  onAdd(index: number): void;
  onRemove(index: number): void;
}

export function ScorePane({ analysis, t, live }: { analysis: Analysis; t: Strings; live?: LiveActions }): React.ReactElement {
  const s = useStyles();
  if (analysis.tables.length === 0) return <p>{t.noTable}</p>;
  return (
    <section aria-label={t.tabScore}>
      {analysis.tables.map(({ table, score }, i) => (
        <div key={i}>
          <Text weight="semibold">{table.sheet}</Text>
          <p className={s.total} data-testid="total">
            {t.total}: {fmt(score.total)} · {t.grade}: {score.grade ?? "—"}
          </p>
          {score.total === null && <p>{t.scoreState[score.state]}</p>}
          {live && table.kind === "self-eval" && table.layout !== "jixiao" && (
            <p>
              {table.live ? (
                <Button size="small" data-testid={`live-off-${i}`} onClick={() => live.onRemove(i)}>{t.liveOff}</Button>
              ) : (
                <Button size="small" appearance="primary" data-testid={`live-on-${i}`} title={t.liveHint} onClick={() => live.onAdd(i)}>{t.liveOn}</Button>
              )}
            </p>
          )}
          <table className={s.table}>
            <thead><tr><th>{t.filterLevel1} / {t.filterLevel2}</th><th>{t.weight}</th><th>{t.score}</th></tr></thead>
            <tbody>
              {score.subtotals.flatMap((sub) => [
                <tr key={sub.name}><th scope="row">{sub.name}</th><td>{fmt(sub.weight)}</td><td>{fmt(sub.score)}</td></tr>,
                ...sub.children.map((c) => (
                  <tr key={`${sub.name}/${c.name}`}><td style={{ paddingLeft: 16 }}>{c.name}</td><td>{fmt(c.weight)}</td><td>{fmt(c.score)}</td></tr>
                )),
              ])}
              {score.budget && (
                <tr><th scope="row">{t.budget} ({t.rate} {score.budget.rate === null ? "—" : `${fmt(score.budget.rate * 100, 1)}%`})</th><td>{fmt(score.budget.weight)}</td><td>{fmt(score.budget.score)}</td></tr>
              )}
            </tbody>
          </table>
          {score.subtotals.length > 0 && <ScoreChart score={score} t={t} />}
        </div>
      ))}
    </section>
  );
}
