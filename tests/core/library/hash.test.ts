import { createHash } from "node:crypto";
import fc from "fast-check";
import { canonicalJson, libraryHash, libraryIdentity, sha256Hex, utf8Bytes } from "../../../src/core/library/hash";
import { loadLibrary } from "../../../src/core/library/load";
import { samplePackage } from "./fixtures";

const nodeSha = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(sha256Hex("a".repeat(1_000_000))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("agrees with node:crypto on Chinese text and on every padding boundary", () => {
    for (let n = 0; n < 140; n++) {
      const s = "指标a".repeat(n).slice(0, n);
      expect(sha256Hex(s)).toBe(nodeSha(s));
    }
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => sha256Hex(s) === nodeSha(s)), { numRuns: 200 });
  });

  it("encodes UTF-8 like Buffer does, including astral characters", () => {
    const s = "绩效𠀀😀é";
    expect(Array.from(utf8Bytes(s))).toEqual(Array.from(Buffer.from(s, "utf8")));
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops whitespace and undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: "中" }, u: undefined })).toBe(
      '{"a":{"c":"中","d":[3,{"x":2,"y":1}]},"b":1}',
    );
  });

  it("equals JSON.stringify for values whose keys are already sorted", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const parsed = JSON.parse(canonicalJson(v)) as unknown;
        return canonicalJson(parsed) === canonicalJson(v);
      }),
    );
  });
});

describe("libraryHash", () => {
  it("is stable under key order and changes with content", () => {
    const pkg = loadLibrary(samplePackage());
    const reordered = JSON.parse(
      JSON.stringify(pkg, (_k, v: unknown) =>
        v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    ) as typeof pkg;
    expect(Object.keys(reordered)[0]).toBe("changelog");
    expect(libraryHash(reordered)).toBe(libraryHash(pkg));
    expect(libraryHash(pkg)).toMatch(/^[0-9a-f]{64}$/);

    const edited = loadLibrary(samplePackage());
    edited.indicators[0]!.unit = "‰";
    expect(libraryHash(edited)).not.toBe(libraryHash(pkg));
  });

  it("names a library by id@version", () => {
    expect(libraryIdentity(loadLibrary(samplePackage()))).toBe("sample-lib@1.2.0");
  });
});
