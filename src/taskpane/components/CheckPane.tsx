import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, ErrorCircle20Filled, Info20Regular, Warning20Filled } from "@fluentui/react-icons";
import type { Issue, Severity } from "../../core/checks/types";
import { formatIssue } from "../../core/messages";
import type { Analysis } from "../state/analyze";
import type { Strings, UiLang } from "../i18n";

const useStyles = makeStyles({
  verdict: { display: "flex", alignItems: "center", gap: "6px", fontWeight: 600, margin: "8px 0" },
  list: { listStyle: "none", padding: 0, margin: 0 },
  item: { display: "flex", gap: "6px", alignItems: "flex-start", padding: "4px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

const ICON: Record<Severity, React.ReactElement> = {
  error: <ErrorCircle20Filled primaryFill="#C50F1F" aria-hidden />,
  warning: <Warning20Filled primaryFill="#BC4B09" aria-hidden />,
  info: <Info20Regular aria-hidden />,
};
const ORDER: Severity[] = ["error", "warning", "info"];

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

/** Issues of the workbook as a whole (how it was read) first, then each table's, in the analysis' order. */
function groupsOf(analysis: Analysis): { key: string; title: string | null; issues: Issue[] }[] {
  const workbook = analysis.issues.filter((i) => i.table === undefined);
  const groups: { key: string; title: string | null; issues: Issue[] }[] = workbook.length ? [{ key: "workbook", title: null, issues: workbook }] : [];
  analysis.tables.forEach(({ table }, ti) => {
    const issues = analysis.issues.filter((i) => i.table === ti);
    if (issues.length) groups.push({ key: `${table.sheet}-${ti}`, title: `${table.sheet}${table.range ? ` (${table.range})` : ""}`, issues });
  });
  return groups;
}

export function CheckPane({ analysis, t, lang, onCheck, onSelect, onReview, onRemoveReview }: CheckPaneProps): React.ReactElement {
  const s = useStyles();
  const { error: errors, warning: warnings } = analysis.counts;
  const none = analysis.tables.length === 0;
  const icon = none || warnings > 0 ? ICON.warning : errors > 0 ? ICON.error : <CheckmarkCircle20Filled primaryFill="#107C10" aria-hidden />;
  return (
    <section aria-label={t.tabCheck}>
      <Button appearance="primary" onClick={onCheck}>{t.checkNow}</Button>
      {onReview && <Button size="small" style={{ marginLeft: 8 }} onClick={onReview}>{t.writeReview}</Button>}
      {onRemoveReview && <Button size="small" appearance="subtle" style={{ marginLeft: 4 }} onClick={onRemoveReview}>{t.removeReview}</Button>}
      <p className={s.verdict} role="status" data-testid="verdict">
        {errors > 0 ? ICON.error : icon}
        {none ? t.noTable : errors === 0 && warnings === 0 ? t.noIssues : t.verdict(errors, warnings)}
      </p>
      {groupsOf(analysis).map((group) => {
        return (
          <div key={group.key}>
            {group.title && <Text weight="semibold">{group.title}</Text>}
            {ORDER.map((sev) => {
              const list = group.issues.filter((i) => i.severity === sev);
              if (list.length === 0) return null;
              return (
                <ul key={sev} className={s.list} aria-label={`${t[sev]} ${list.length}`}>
                  {list.map((issue, k) => (
                    <li key={k} className={s.item}>
                      {ICON[sev]}
                      <span>
                        <Text weight="semibold">{t[sev]}</Text>{" "}
                        <Text>{formatIssue(issue, lang)}</Text>{" "}
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
        );
      })}
    </section>
  );
}
