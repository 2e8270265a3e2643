import { builtinLibrary, createSearchIndex } from "../../src/core/library";
import { buildSearchIndex } from "../../src/core/library/search-index";
import { paneAssets } from "../../scripts/build-pane-assets";

describe("built-in library search without pinyin-pro", () => {
  it("finds the same indicators with the readings computed at build time as with pinyin-pro", () => {
    const lib = builtinLibrary();
    const { readings, library } = paneAssets();
    // The file the pane fetches is the validated library, defaults filled in: the same data the core loads.
    expect(library).toEqual(lib);
    const fromTable = buildSearchIndex(lib.indicators, (ch) => readings[ch] ?? [], { tree: lib.tree });
    const fromPinyin = createSearchIndex(lib.indicators, { tree: lib.tree });
    const queries = ["pxrc", "peixun", "yszxl", "zhiliang", "培训", "mydu", "jsl", "lv", "sh", "wcl"];
    for (const q of queries) {
      const a = fromTable.search(q, {}, 1000).map((h) => h.indicator.code);
      const b = fromPinyin.search(q, {}, 1000).map((h) => h.indicator.code);
      expect(a).toEqual(b);
    }
  });
});
