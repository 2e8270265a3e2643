import * as React from "react";
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Explained } from "../state/errors";
import type { Strings } from "../i18n";

export type NoticeData =
  | { intent: "success" | "info" | "warning"; text: string; key?: string }
  | { intent: "error"; error: Explained; key?: string };

const useStyles = makeStyles({
  detail: { whiteSpace: "pre-wrap", fontSize: "11px", maxHeight: "30vh", overflowY: "auto", margin: "4px 0 0" },
  busy: { display: "flex", alignItems: "center", gap: "6px", margin: "4px 0" },
});

/** A closable notice; an error shows what happened and what to do, with the raw text behind 详情. */
export function Notice({ notice, t, onClose }: { notice: NoticeData; t: Strings; onClose(): void }): React.ReactElement {
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  return (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"} data-testid="notice" layout="multiline">
      <MessageBarBody>
        {notice.intent === "error" ? (
          <>
            <MessageBarTitle>{notice.error.title}</MessageBarTitle> {notice.error.next}{" "}
            <Link as="button" onClick={() => setOpen(!open)} aria-expanded={open}>{t.details}</Link>
            {open && <pre className={s.detail}>{notice.error.detail}</pre>}
          </>
        ) : (
          notice.text
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.close} icon={<DismissRegular />} onClick={onClose} />} />
    </MessageBar>
  );
}

/** A spinner that appears only when the work takes longer than 300 ms, so quick edits do not flicker. */
export function Busy({ busy, label }: { busy: boolean; label: string }): React.ReactElement | null {
  const s = useStyles();
  const [shown, setShown] = React.useState(false);
  React.useEffect(() => {
    if (!busy) return setShown(false);
    const timer = setTimeout(() => setShown(true), 300);
    return () => clearTimeout(timer);
  }, [busy]);
  if (!shown) return null;
  return <div className={s.busy} role="progressbar" aria-busy="true" data-testid="busy"><Spinner size="tiny" label={label} /></div>;
}
