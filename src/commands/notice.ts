// The little window a ribbon command opens to say what it did (see showOutcome in commands.ts). Text only:
// the message is set with textContent, never as HTML.
const params = new URLSearchParams(location.search);
const text = params.get("text") ?? "";
const kind = params.get("kind") ?? "ok";
const en = params.get("lang") === "en";
const main = document.getElementById("text");
if (main) main.textContent = text;
document.body.dataset.kind = kind;
const button = document.getElementById("close");
if (button) {
  button.textContent = en ? "Close" : "关闭";
  button.addEventListener("click", () => {
    const office = (globalThis as { Office?: typeof Office }).Office;
    try {
      office?.context?.ui?.messageParent("close");
    } catch {
      window.close();
    }
  });
}
export {};
