/**
 * Assembles assets/library/builtin.json from the hand-written fragments so the content stays
 * reviewable file by file while the app imports one validated package.
 * Run: npx tsx scripts/build-library.ts   (npm run library:build)
 */
import * as fs from "fs";
import * as path from "path";
import { LibraryPackageSchema, type LibraryPackage } from "../src/core/library/schema";

export const ROOT = path.resolve(__dirname, "..");
/** Profile order is part of the package: the default first, then the provincial and 2021 variants. */
const PROFILE_ORDER = ["national-2020", "sichuan-90", "central-2021", "hubei-20"];

export interface LibraryProblem {
  path: string;
  message: string;
}

export class LibraryBuildError extends Error {
  constructor(readonly problems: LibraryProblem[]) {
    super(
      `指标库内容有 ${problems.length} 处问题 / library content has ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${p.path}: ${p.message}`).join("\n"),
    );
    this.name = "LibraryBuildError";
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new LibraryBuildError([{ path: path.relative(ROOT, file), message: `无法读取 JSON / cannot read JSON: ${(e as Error).message}` }]);
  }
}

function profileFiles(root: string): string[] {
  const dir = path.join(root, "assets", "profiles");
  const ids = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
  const rank = (id: string): number => {
    const i = PROFILE_ORDER.indexOf(id);
    return i < 0 ? PROFILE_ORDER.length : i;
  };
  ids.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return ids.map((id) => path.join(dir, `${id}.json`));
}

/** Where each indicator came from, so a schema problem names the fragment file, not just an index. */
interface Origin {
  file: string;
  index: number;
}

function formatPath(issuePath: readonly PropertyKey[], origins: Origin[]): string {
  const [head, idx, ...rest] = issuePath;
  if (head === "indicators" && typeof idx === "number" && origins[idx]) {
    const o = origins[idx];
    return `${o.file}[${o.index}]${rest.length ? "." + rest.map(String).join(".") : ""}`;
  }
  return issuePath.map(String).join(".") || "(root)";
}

/** Reads every fragment and returns the validated package; throws LibraryBuildError listing all problems. */
export function assembleLibrary(root: string = ROOT): LibraryPackage {
  const lib = path.join(root, "assets", "library");
  const meta = readJson(path.join(lib, "meta.json"));
  const changelog = readJson(path.join(lib, "changelog.json"));
  const profiles = profileFiles(root).map(readJson);
  const national = profiles.find((p) => (p as { id?: unknown }).id === "national-2020") as { tree?: unknown } | undefined;
  if (!national) throw new LibraryBuildError([{ path: "assets/profiles", message: "缺少 national-2020.json / national-2020.json missing" }]);

  const indDir = path.join(lib, "indicators");
  const files = fs.existsSync(indDir) ? fs.readdirSync(indDir).filter((f) => f.endsWith(".json")).sort() : [];
  const indicators: unknown[] = [];
  const origins: Origin[] = [];
  const problems: LibraryProblem[] = [];
  for (const f of files) {
    const rel = `assets/library/indicators/${f}`;
    const data = readJson(path.join(indDir, f));
    if (!Array.isArray(data)) {
      problems.push({ path: rel, message: "文件应为指标数组 / the file must hold a JSON array of indicators" });
      continue;
    }
    data.forEach((ind, index) => {
      indicators.push(ind);
      origins.push({ file: rel, index });
    });
  }

  const raw = { format: "jixiao-library/1", meta, tree: national.tree, profiles, indicators, changelog };
  const result = LibraryPackageSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ path: formatPath(issue.path, origins), message: issue.message });
  }
  if (problems.length > 0 || !result.success) throw new LibraryBuildError(problems);
  return result.data;
}

export function serializeLibrary(pkg: LibraryPackage): string {
  return JSON.stringify(pkg, null, 1) + "\n";
}

export const BUILTIN_PATH = path.join(ROOT, "assets", "library", "builtin.json");

function main(): void {
  try {
    const pkg = assembleLibrary();
    fs.writeFileSync(BUILTIN_PATH, serializeLibrary(pkg), "utf8");
    console.log(`已生成 / written ${path.relative(ROOT, BUILTIN_PATH)}: ${pkg.indicators.length} 条指标 / indicators, version ${pkg.meta.version}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}

if (require.main === module) main();
