import * as React from "react";

/** Renders text with the matched ranges in <mark>, as React text nodes (never HTML). */
export function Highlight({ text, ranges }: { text: string; ranges: readonly { start: number; end: number }[] }): React.ReactElement {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  sorted.forEach((r, i) => {
    if (r.start < at) return;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={i}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
