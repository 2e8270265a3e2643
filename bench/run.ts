/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line)
 * and prints their figures. Each bench file default-exports an async function.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const f of files) {
    const mod = (await import(join(__dirname, f))) as { default: () => Promise<void> };
    console.log(`\n# ${f}`);
    await mod.default();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
