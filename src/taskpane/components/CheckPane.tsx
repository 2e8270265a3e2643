import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, ErrorCircle20Filled, Info20Regular, Warning20Filled } from "@fluentui/react-icons";
import type { Issue, Report, Severity } from "../../core/checks/types";
import { formatIssue } from "../../core/messages";
import type { Table } from "../../core/table/table";
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
  tables: Table[];
  reports: Report[];
  t: Strings;
  lang: UiLang;
  onCheck(): void;
  onSelect(issue: Issue): void;
}

export function CheckPane({ tables, reports, t, lang, onCheck, onSelect }: CheckPaneProps): React.ReactElement {
  const s = useStyles();
  const errors = reports.reduce((n, r) => n + r.counts.error, 0);
  const warnings = reports.reduce((n, r) => n + r.counts.warning, 0);
  const clean = errors === 0 && warnings === 0;
  return (
    <section aria-label={t.tabCheck}>
      <Button appearance="primary" onClick={onCheck}>{t.checkNow}</Button>
      <p className={s.verdict} role="status" data-testid="verdict">
        {clean ? <CheckmarkCircle20Filled primaryFill="#107C10" aria-hidden /> : <ErrorCircle20Filled primaryFill="#C50F1F" aria-hidden />}
        {tables.length === 0 ? t.noTable : clean ? t.noIssues : t.verdict(errors, warnings)}
      </p>
      {tables.map((table, ti) => {
        const report = reports[ti];
        if (!report || report.issues.length === 0) return null;
        return (
          <div key={`${table.sheet}-${ti}`}>
            <Text weight="semibold">{table.sheet}{table.range ? ` (${table.range})` : ""}</Text>
            {ORDER.map((sev) => {
              const list = report.issues.filter((i) => i.severity === sev);
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
