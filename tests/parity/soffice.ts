import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where soffice is, or null. */
export function findSoffice(): string | null {
  for (const cmd of ["soffice", "libreoffice"]) {
    const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
    if (r.status === 0 && r.stdout.trim() !== "") return r.stdout.trim();
  }
  return null;
}

export function findPdftoppm(): string | null {
  const r = spawnSync("sh", ["-c", "command -v pdftoppm"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() !== "" ? r.stdout.trim() : null;
}

/**
 * soffice keeps the cached values stored in an .xlsx unless its profile says "always recalculate";
 * a private profile with OOXMLRecalcMode = 0 (and ODFRecalcMode = 0) forces it.
 */
export function makeRecalcProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** Convert many files in one soffice call (start-up dominates: about a second a call). */
export function convert(soffice: string, profileDir: string, files: string[], format: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  return execFileSync(
    soffice,
    ["--headless", "--norestore", "--nologo", `-env:UserInstallation=file://${profileDir}`, "--convert-to", format, "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 180_000, stdio: ["ignore", "pipe", "pipe"] },
  );
}

/** In CI a missing LibreOffice fails the suite; on a workstation it skips with a warning. */
export function requireSoffice(): string | null {
  const soffice = findSoffice();
  if (soffice) return soffice;
  if (process.env.CI === "true") {
    throw new Error("未找到 LibreOffice（soffice），CI 中必须安装 / LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui");
  }
  console.warn("未找到 LibreOffice，跳过一致性测试 / soffice not found: skipping the LibreOffice parity suite");
  return null;
}
