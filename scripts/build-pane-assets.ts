/**
 * Build-time work for the task pane, so the first download and the first render stay small:
 * validates the built-in library once here (the pane then trusts the file: no zod pass in the browser) and
 * computes the pinyin readings of every character of its indicator names (so pinyin-pro, about 140 KB gzip,
 * is loaded only for a custom library). Writes build/pane/builtin.json: { library, readings }.
 * Run by webpack.config.js before every build; `npx tsx scripts/build-pane-assets.ts` by hand.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadLibrary } from "../src/core/library/load";
import { HAN } from "../src/core/library/fold";
import { pinyinReadings } from "../src/core/library/search";

const root = join(__dirname, "..");
const out = join(root, "build", "pane");

export function paneAssets(): { library: unknown; readings: Record<string, string[]> } {
  const library = loadLibrary(JSON.parse(readFileSync(join(root, "assets", "library", "builtin.json"), "utf8")));
  const readings: Record<string, string[]> = {};
  for (const ind of library.indicators) for (const ch of ind.name) if (HAN.test(ch) && !readings[ch]) readings[ch] = [...pinyinReadings(ch)];
  return { library, readings };
}

if (require.main === module) {
  mkdirSync(out, { recursive: true });
  const assets = paneAssets();
  writeFileSync(join(out, "builtin.json"), JSON.stringify(assets));
  console.log(`build/pane/builtin.json: ${Object.keys(assets.readings).length} 个汉字的读音 / characters' readings`);
}
