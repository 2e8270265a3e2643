import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli";
import { memoryIO } from "../../src/cli/io";

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "jixiao-cli-"));

/** Run the CLI in-process in `cwd`; returns code and captured output. */
export async function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(cwd, env);
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}
