import * as React from "react";
import { Button, Card, CardHeader, Field, Input, Select, Text, makeStyles } from "@fluentui/react-components";
import type { LibraryPackage } from "../../core/library/schema";
import type { Strings, UiLang } from "../i18n";
import type { Settings } from "../state/settings";

const useStyles = makeStyles({ col: { display: "flex", flexDirection: "column", gap: "10px" }, row: { display: "flex", gap: "6px", alignItems: "end" } });

export interface SettingsPaneProps {
  t: Strings;
  lang: UiLang;
  settings: Settings;
  library: LibraryPackage | null;
  onLang(lang: UiLang): void;
  onProfile(id: string): void;
  onBuiltin(): void;
  /** The rule profiles to choose from. */
  profiles: readonly { id: string; name: string }[];
  /** Reads a library file and uses it for this session only: there is no URL to reload it from next time. */
  onFile(file: File): Promise<LibraryPackage>;
  /** Loads and, when it works, remembers the URL; rejects with the reason. */
  onUrl(url: string): Promise<void>;
  onError(e: unknown): void;
  onDone(text: string): void;
}

/** Language, rules and library source; every choice is remembered (the add-in's own storage). */
export function SettingsPane({ t, lang, settings, library, profiles, onLang, onProfile, onBuiltin, onFile, onUrl, onError, onDone }: SettingsPaneProps): React.ReactElement {
  const s = useStyles();
  const [url, setUrl] = React.useState(settings.library.kind === "url" ? settings.library.url : "");
  return (
    <section aria-label={t.tabSettings} className={s.col}>
      <Field label={t.language}>
        <Select value={lang} onChange={(_, d) => onLang(d.value as UiLang)} data-testid="lang">
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Field label={t.profile} hint={t.profileHint}>
        <Select value={settings.profileId} onChange={(_, d) => onProfile(d.value)} data-testid="profile">
          {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </Select>
      </Field>
      <Card size="small">
        <CardHeader
          header={<Text weight="semibold">{t.librarySource}</Text>}
          description={
            <Text size={200} data-testid="library-identity">
              {library ? t.libraryIdentity(`${library.meta.name} ${library.meta.id}@${library.meta.version}`, library.meta.issued, library.indicators.length) : t.loadingLibrary}
              {" · "}
              {settings.library.kind === "builtin" ? t.builtin : settings.library.url}
            </Text>
          }
        />
        <Button disabled={settings.library.kind === "builtin"} onClick={() => { onBuiltin(); onDone(t.libraryLoaded(t.builtin)); }}>{t.builtin}</Button>
        <div className={s.row}>
          <Field label={t.fromUrl} style={{ flex: 1 }}>
            <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://" data-testid="library-url" />
          </Field>
          <Button onClick={() => onUrl(url.trim()).then(() => onDone(t.libraryLoaded(url.trim())), onError)}>{t.load}</Button>
        </div>
        <Field label={t.fromFile} hint={t.fileHint}>
          <input
            type="file"
            accept=".json,application/json"
            aria-label={t.fromFile}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) onFile(f).then((pkg) => { onDone(t.libraryLoaded(`${pkg.meta.id}@${pkg.meta.version}`)); }, onError);
            }}
          />
        </Field>
      </Card>
    </section>
  );
}
