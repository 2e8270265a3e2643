import * as React from "react";
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { BUILTIN_PROFILES } from "../../core/profiles/builtin";
import type { LibraryPackage } from "../../core/library/schema";
import type { Strings, UiLang } from "../i18n";
import { fetchLibrary, readLibraryFile } from "../state/library-source";

export interface SettingsPaneProps {
  t: Strings;
  lang: UiLang;
  profileId: string;
  library: LibraryPackage;
  onLang(lang: UiLang): void;
  onProfile(id: string): void;
  onLibrary(pkg: LibraryPackage | null): void;
}

export function SettingsPane({ t, lang, profileId, library, onLang, onProfile, onLibrary }: SettingsPaneProps): React.ReactElement {
  const [url, setUrl] = React.useState("");
  const [message, setMessage] = React.useState("");
  const report = (e: unknown): void => setMessage(t.failed(e instanceof Error ? e.message : String(e)));
  return (
    <section aria-label={t.tabSettings}>
      <Field label={t.language}>
        <Select value={lang} onChange={(_, d) => onLang(d.value as UiLang)}>
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Field label={t.profile}>
        <Select value={profileId} onChange={(_, d) => onProfile(d.value)}>
          {BUILTIN_PROFILES.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </Select>
      </Field>
      <Field label={t.librarySource}>
        <Text>{library.meta.name} {library.meta.id}@{library.meta.version}</Text>
      </Field>
      <Button onClick={() => { onLibrary(null); setMessage(t.libraryLoaded("builtin")); }}>{t.builtin}</Button>
      <Field label={t.fromFile}>
        <input
          type="file"
          accept=".json,application/json"
          aria-label={t.fromFile}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) readLibraryFile(f).then((pkg) => { onLibrary(pkg); setMessage(t.libraryLoaded(`${pkg.meta.id}@${pkg.meta.version}`)); }, report);
          }}
        />
      </Field>
      <Field label={t.fromUrl}>
        <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://" />
      </Field>
      <Button
        onClick={() => {
          if (!url.startsWith("https://")) return setMessage(t.httpsOnly);
          fetchLibrary(url).then(({ pkg, cached }) => {
            onLibrary(pkg);
            setMessage(`${cached ? t.cachedCopy + " " : ""}${t.libraryLoaded(`${pkg.meta.id}@${pkg.meta.version}`)}`);
          }, report);
        }}
      >
        {t.load}
      </Button>
      <p role="status">{message}</p>
    </section>
  );
}
