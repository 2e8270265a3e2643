import * as React from "react";
import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalyzedTable } from "../../core/analysis";
import type { TableScore } from "../../core/scoring/types";
import type { Strings } from "../i18n";
import type { Analysis } from "../state/analyze";
import { fillOf } from "../state/fill";
import { regroup } from "../state/regroup";

const useStyles = makeStyles({
  total: { fontSize: "20px", fontWeight: 700, margin: "8px 0 4px" },
  level1: { fontWeight: 600, background: tokens.colorNeutralBackground2 },
  child: { paddingLeft: "18px" },
  num: { textAlign: "right", width: "64px" },
  state: { color: tokens.colorNeutralForeground2, margin: "4px 0" },
  block: { marginBottom: "16px" },
});

const fmt = (n: number | null | undefined, d = 2): string => (n === null || n === undefined || Number.isNaN(n) ? "—" : String(Math.round(n * 10 ** d) / 10 ** d));

/** Score vs weight per first level; each bar carries its numbers as text, so colour is never the only cue. */
export function ScoreChart({ score, t }: { score: Pick<TableScore, "subtotals">; t: Strings }): React.ReactElement {
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
        const sw = ((width - label - 10) * Math.max(0, r.score)) / max;
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

/** One table's score: total and grade (or why there is none), the subtotals as a Fluent table, the chart. */
export function TableScoreView({ at, index, t, live }: { at: AnalyzedTable; index: number; t: Strings; live?: LiveActions }): React.ReactElement {
  const s = useStyles();
  const { table, score, profile } = at;
  const fill = fillOf(at);
  const subtotals = React.useMemo(() => regroup(score.subtotals, profile), [score.subtotals, profile]);
  const why = score.total === null ? (fill.state === "blank" && score.state !== "goal" ? t.blankScore : t.scoreState[score.state]) : "";
  return (
    <div className={s.block}>
      <Text weight="semibold">{table.sheet}</Text> <Badge appearance="tint" color={fill.state === "finished" ? "success" : "informative"}>{t.fillState[fill.state]} {fill.filled}/{fill.total}</Badge>
      <p className={s.total} data-testid="total">
        {t.total}: {fmt(score.total)} · {t.grade}: {score.grade ?? "—"}
      </p>
      {why && <p className={s.state} data-testid="score-state">{why}</p>}
      {live && table.kind === "self-eval" && table.layout !== "jixiao" && (
        <p>
          {table.live ? (
            <Button size="small" data-testid={`live-off-${index}`} onClick={() => live.onRemove(index)}>{t.liveOff}</Button>
          ) : (
            <Button size="small" appearance="primary" data-testid={`live-on-${index}`} title={t.liveHint} onClick={() => live.onAdd(index)}>{t.liveOn}</Button>
          )}
        </p>
      )}
      {subtotals.length > 0 && (
        <Table size="extra-small" aria-label={`${table.sheet} ${t.tabScore}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.filterLevel1} / {t.filterLevel2}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{t.weight}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{t.score}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {subtotals.flatMap((sub) => [
              <TableRow key={sub.name} className={s.level1}>
                <TableCell>{sub.name}</TableCell>
                <TableCell className={s.num}>{fmt(sub.weight)}</TableCell>
                <TableCell className={s.num}>{fmt(sub.score)}</TableCell>
              </TableRow>,
              ...sub.children.map((c) => (
                <TableRow key={`${sub.name}/${c.name}`}>
                  <TableCell className={s.child}>{c.name}</TableCell>
                  <TableCell className={s.num}>{fmt(c.weight)}</TableCell>
                  <TableCell className={s.num}>{fmt(c.score)}</TableCell>
                </TableRow>
              )),
            ])}
            {score.budget && (
              <TableRow className={s.level1}>
                <TableCell>{t.budget} ({t.rate} {score.budget.rate === null ? "—" : `${fmt(score.budget.rate * 100, 1)}%`})</TableCell>
                <TableCell className={s.num}>{fmt(score.budget.weight)}</TableCell>
                <TableCell className={s.num}>{fmt(score.budget.score)}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      )}
      {subtotals.length > 0 && <ScoreChart score={{ subtotals }} t={t} />}
    </div>
  );
}

export function ScorePane({ analysis, t, live }: { analysis: Analysis; t: Strings; live?: LiveActions }): React.ReactElement {
  if (analysis.tables.length === 0) return <p data-testid="score-state">{t.noTable}</p>;
  return (
    <section aria-label={t.tabScore}>
      {analysis.tables.map((at, i) => <TableScoreView key={i} at={at} index={i} t={t} {...(live ? { live } : {})} />)}
    </section>
  );
}
