// Child process for the "interrupted write" test: starts a write that never finishes, says "ready"
// once the temporary file holds partial content, and waits to be killed.
import { writeFile } from "node:fs/promises";
import { writeNew } from "../../src/cli/commands/write";

const target = process.env.JIXIAO_TEST_TARGET as string;
void writeNew(target, { force: false, lang: "zh-CN" }, async (tmp) => {
  await writeFile(tmp, "PK\u0003\u0004partial");
  process.stdout.write("ready\n");
  // A timer keeps the process alive, as a long write would.
  await new Promise(() => setInterval(() => undefined, 1000));
});
