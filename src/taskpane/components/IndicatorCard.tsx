import * as React from "react";
import { Badge, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Indicator } from "../../core/library/schema";
import { OPERATOR_DISPLAY } from "../../core/values/types";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  card: { marginTop: "6px", background: tokens.colorNeutralBackground2 },
  fields: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "8px", rowGap: "4px", margin: 0 },
  label: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  bases: { display: "flex", flexDirection: "column", gap: "2px" },
});

/** Every field a person needs to choose and fill an indicator, as the library words it. */
export function IndicatorCard({ ind, t }: { ind: Indicator; t: Strings }): React.ReactElement {
  const s = useStyles();
  const direction = ind.kind === "qualitative" ? t.qualitative : `${OPERATOR_DISPLAY[ind.operator]}（${t.directionOf[ind.operator] ?? ""}）`;
  const field = (label: string, value: React.ReactNode): React.ReactNode => (
    <>
      <Text size={200} className={s.label}>{label}</Text>
      <Text size={200}>{value}</Text>
    </>
  );
  return (
    <Card size="small" className={s.card} data-testid="indicator-card" aria-label={`${ind.name} ${t.details}`}>
      <div className={s.fields}>
        {field(t.code, ind.code)}
        {field(t.explanation, ind.explanation)}
        {ind.formula && field(t.formula, ind.formula)}
        {field(t.unit, ind.unit || "—")}
        {field(t.operator, direction)}
        {field(t.weightHint, `${ind.weightHint} ${t.points}`)}
        {field(t.scoring, ind.scoring)}
        {ind.tiers && field(t.tiers, ind.tiers.join("；"))}
        {field(
          t.bases,
          <span className={s.bases}>
            {ind.bases.map((b, i) => (
              <span key={i}>
                <Badge appearance="outline" size="small">{b.basis}</Badge> {b.reference ? `${t.reference} ${b.reference}` : ""}
                {b.note ? `（${b.note}）` : ""}
              </span>
            ))}
          </span>,
        )}
        {field(t.source, ind.source)}
        {ind.example && field(t.example, ind.example)}
        {ind.status.state === "retired" && field(t.retired, `${ind.status.date}${ind.status.replacement ? ` → ${ind.status.replacement}` : ""}`)}
      </div>
    </Card>
  );
}
