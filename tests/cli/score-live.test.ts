import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus, realToExcel } from "../fixtures/real/build";
import { readWorkbookGrids } from "../../src/xlsx";
import { cli, tempDir } from "./helpers";

const sha = (p: string): string => createHash("sha256").update(readFileSync(p)).digest("hex");

describe("jixiao score FILE --live -o OUT", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    for (const id of ["hebei-langfang-2019-nuantong", "hubei-hbust-2021-zizhu"]) {
      await realToExcel(loadCorpus().find((t) => t.id === id)!).xlsx.writeFile(join(dir, `${id}.xlsx`));
    }
  });

  it("writes a new file with live scoring and leaves the input as it was", async () => {
    const input = join(dir, "hebei-langfang-2019-nuantong.xlsx");
    const before = sha(input);
    const r = await cli(["score", "hebei-langfang-2019-nuantong.xlsx", "--live", "-o", "out.xlsx"], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/已启用实时计分（核算得分列，9 行/);
    expect(sha(input)).toBe(before);
    const out = await readWorkbookGrids(join(dir, "out.xlsx"));
    expect(out.sheets.some((s) => s.sheet === "_jixiao_live")).toBe(true);
    // Scored again, the upgraded file gives the same numbers.
    const a = await cli(["score", "hebei-langfang-2019-nuantong.xlsx", "--json"], dir);
    const b = await cli(["score", "out.xlsx", "--json"], dir);
    expect((JSON.parse(b.out) as { tables: unknown[] }).tables).toEqual((JSON.parse(a.out) as { tables: unknown[] }).tables);
  });

  it("refuses to write over an existing file without --force, and over the input ever", async () => {
    writeFileSync(join(dir, "taken.xlsx"), "x");
    const r = await cli(["score", "hebei-langfang-2019-nuantong.xlsx", "--live", "-o", "taken.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "taken.xlsx"), "utf8")).toBe("x");
    const same = await cli(["score", "hebei-langfang-2019-nuantong.xlsx", "--live", "-o", "hebei-langfang-2019-nuantong.xlsx", "--force"], dir);
    expect(same.code).toBe(2);
    const forced = await cli(["score", "hebei-langfang-2019-nuantong.xlsx", "--live", "-o", "taken.xlsx", "--force"], dir);
    expect(forced.code).toBe(0);
  });

  it("says why a table cannot be upgraded and writes nothing (exit 1)", async () => {
    const r = await cli(["score", "hubei-hbust-2021-zizhu.xlsx", "--live", "-o", "hb.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/没有分值/);
    expect(existsSync(join(dir, "hb.xlsx"))).toBe(false);
  });

  it("--remove-live gives back the original cells", async () => {
    await cli(["score", "hebei-langfang-2019-nuantong.xlsx", "--live", "-o", "up.xlsx"], dir);
    const r = await cli(["score", "up.xlsx", "--remove-live", "-o", "back.xlsx"], dir);
    expect(r.code).toBe(0);
    const orig = await readWorkbookGrids(join(dir, "hebei-langfang-2019-nuantong.xlsx"));
    const back = await readWorkbookGrids(join(dir, "back.xlsx"));
    expect(back.sheets.map((s) => s.values.map((row) => row.filter((v) => v !== null)))).toEqual(orig.sheets.map((s) => s.values.map((row) => row.filter((v) => v !== null))));
  });
});
