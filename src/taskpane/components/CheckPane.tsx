import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, Edit20Regular, ErrorCircle20Filled, Info20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { Issue, Severity } from "../../core/checks/types";
import { formatIssue } from "../../core/messages";
import type { Analysis } from "../state/analyze";
import { fillOf, presentIssues, type Fill, type Presented } from "../state/fill";
import type { Strings, UiLang } from "../i18n";

const useStyles = makeStyles({
  verdict: { display: "flex", alignItems: "center", gap: "6px", fontWeight: 600, margin: "8px 0" },
  list: { listStyle: "none", padding: 0, margin: 0 },
  item: { display: "flex", gap: "6px", alignItems: "flex-start", padding: "4px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  icon: { flexShrink: 0, marginTop: "1px" },
});

/** Icon and colour per kind of item: red only for errors, amber for warnings, blue for notes, neutral for to-do. */
export type Kind = Severity | "todo";
export const ICON: Record<Kind | "ok", React.ReactElement> = {
  error: <ErrorCircle20Filled primaryFill={tokens.colorPaletteRedForeground1} aria-hidden />,
  warning: <Warning20Filled primaryFill={tokens.colorPaletteDarkOrangeForeground1} aria-hidden />,
  info: <Info20Filled primaryFill={tokens.colorBrandForeground1} aria-hidden />,
  todo: <Edit20Regular primaryFill={tokens.colorNeutralForeground3} aria-hidden />,
  ok: <CheckmarkCircle20Filled primaryFill={tokens.colorPaletteGreenForeground1} aria-hidden />,
};
const ORDER: Kind[] = ["error", "warning", "todo", "info"];
const kindOf = (i: Presented): Kind => (i.todo ? "todo" : i.severity);

export interface CheckPaneProps {
  analysis: Analysis;
  t: Strings;
  lang: UiLang;
  onCheck(): void;
  onSelect(issue: Issue): void;
  /** 写入审核意见 / 移除: small buttons beside 立即检查 (absent where the host cannot write). */
  onReview?(): void;
  onRemoveReview?(): void;
}

interface Group {
  key: string;
  title: string | null;
  fill: Fill | null;
  issues: Presented[];
}

/** Issues of the workbook as a whole (how it was read) first, then each table's, in the analysis' order. */
function groupsOf(analysis: Analysis, issues: Presented[], fills: Fill[]): Group[] {
  const workbook = issues.filter((i) => i.table === undefined);
  const groups: Group[] = workbook.length ? [{ key: "workbook", title: null, fill: null, issues: workbook }] : [];
  analysis.tables.forEach(({ table }, ti) => {
    groups.push({
      key: `${table.sheet}-${ti}`,
      title: `${table.sheet}${table.range ? ` (${table.range})` : ""}`,
      fill: fills[ti] ?? null,
      issues: issues.filter((i) => i.table === ti),
    });
  });
  return groups;
}

/** The one-line verdict: the honest state of the workbook, with the icon of its worst item. */
export function verdictOf(analysis: Analysis, issues: Presented[], fills: Fill[], t: Strings): { icon: React.ReactElement; text: string; state: string } {
  const n = { error: 0, warning: 0, info: 0, todo: 0 };
  for (const i of issues) n[kindOf(i)]++;
  if (analysis.tables.length === 0) return { icon: ICON.info, text: t.noTable, state: "no-table" };
  const blank = fills.every((f) => f.state === "blank");
  if (n.error > 0) return { icon: ICON.error, text: t.verdict(n.error, n.warning) + (n.todo ? t.andTodo(n.todo) : ""), state: "errors" };
  if (blank && n.todo > 0) return { icon: ICON.todo, text: t.blankTemplate(n.todo), state: "blank" };
  if (n.warning > 0) return { icon: ICON.warning, text: t.verdict(0, n.warning) + (n.todo ? t.andTodo(n.todo) : ""), state: "warnings" };
  if (n.todo > 0) {
    const filled = fills.reduce((k, f) => k + f.filled, 0);
    const total = fills.reduce((k, f) => k + f.total, 0);
    return { icon: ICON.todo, text: t.partlyFilled(filled, total, n.todo), state: "partial" };
  }
  return { icon: ICON.ok, text: t.noIssues, state: "finished" };
}

export function CheckPane({ analysis, t, lang, onCheck, onSelect, onReview, onRemoveReview }: CheckPaneProps): React.ReactElement {
  const s = useStyles();
  const fills = React.useMemo(() => analysis.tables.map(fillOf), [analysis]);
  const issues = React.useMemo(() => presentIssues(analysis.issues, fills), [analysis, fills]);
  const verdict = verdictOf(analysis, issues, fills, t);
  const label = (k: Kind): string => (k === "todo" ? t.todo : t[k]);
  return (
    <section aria-label={t.tabCheck}>
      <Button appearance="primary" onClick={onCheck}>{t.checkNow}</Button>
      {onReview && <Button size="small" style={{ marginLeft: 8 }} onClick={onReview}>{t.writeReview}</Button>}
      {onRemoveReview && <Button size="small" appearance="subtle" style={{ marginLeft: 4 }} onClick={onRemoveReview}>{t.removeReview}</Button>}
      <p className={s.verdict} role="status" data-testid="verdict" data-state={verdict.state}>
        {verdict.icon}
        {verdict.text}
      </p>
      {groupsOf(analysis, issues, fills).map((group) => (
        <div key={group.key}>
          {group.title && (
            <Text weight="semibold">
              {group.title}{" "}
              {group.fill && <Badge appearance="tint" color={group.fill.state === "finished" ? "success" : "informative"} data-testid="fill">{t.fillState[group.fill.state]} {group.fill.filled}/{group.fill.total}</Badge>}
            </Text>
          )}
          {ORDER.map((kind) => {
            const list = group.issues.filter((i) => kindOf(i) === kind);
            if (list.length === 0) return null;
            return (
              <ul key={kind} className={s.list} aria-label={`${label(kind)} ${list.length}`} data-kind={kind}>
                {list.map((issue, k) => (
                  <li key={k} className={s.item}>
                    <span className={s.icon}>{ICON[kind]}</span>
                    <span>
                      <Text weight="semibold">{label(kind)}</Text> <Text>{formatIssue(issue, lang)}</Text>{" "}
                      {issue.cell && (
                        <Button size="small" appearance="transparent" onClick={() => onSelect(issue)}>{t.goToCell(issue.cell)}</Button>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            );
          })}
        </div>
      ))}
    </section>
  );
}
