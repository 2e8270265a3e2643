import { stripOurs } from "../../src/excel/review";
import { NOTE_PREFIX } from "../../src/core/review";

describe("removing Jixiao's notes keeps the department's", () => {
  it("drops a note that is all ours, and only our part of a joined one", () => {
    expect(stripOurs(`${NOTE_PREFIX}\n错误·缺少指标值：…`)).toBe("");
    expect(stripOurs(`单位备注：已核实\n\n${NOTE_PREFIX}\n警告·…`)).toBe("单位备注：已核实");
    expect(stripOurs("单位备注：已核实")).toBe("单位备注：已核实");
  });
});
