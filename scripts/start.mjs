// `npm start`: serves the add-in on https://localhost:3000 (webpack-dev-server, its own self-signed certificate).
// On Windows and macOS it also sideloads manifest.xml into desktop Excel through `npx office-addin-debugging`
// (not a dependency: it needs a native module that fails to build on Linux). Elsewhere it prints how to load
// the manifest in Excel on the web. The task pane uses the built-in indicator library unless told otherwise.
import { spawn } from "node:child_process";
import { platform } from "node:os";

const URL_ = "https://localhost:3000/taskpane.html";
const npx = platform() === "win32" ? "npx.cmd" : "npx";

const server = spawn(npx, ["webpack", "serve", "--mode", "development"], { stdio: "inherit", shell: platform() === "win32" });
server.on("exit", (code) => process.exit(code ?? 0));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));

if (platform() === "win32" || platform() === "darwin") {
  setTimeout(() => {
    const side = spawn(npx, ["--yes", "office-addin-debugging", "start", "manifest.xml", "--no-debug", "--dev-server-port", "3000"], {
      stdio: "inherit",
      shell: platform() === "win32",
    });
    side.on("exit", (code) => {
      if (code !== 0) console.log(`\n旁加载失败，可手动加载 manifest.xml。/ Sideloading failed; load manifest.xml by hand (${URL_}).`);
    });
  }, 8000);
} else {
  console.log(`
绩效目标助手开发服务器：${URL_}
此系统上没有桌面版 Excel。请在网页版 Excel 中加载：
  插入 → 加载项 → 上传我的加载项 → 选择本目录下的 manifest.xml
浏览器首次访问需要信任自签名证书：先打开 ${URL_} 并选择继续访问。
不在 Excel 中打开该网址时，任务窗格使用内存中的示例工作簿。

Jixiao dev server: ${URL_}
No desktop Excel on this system. In Excel on the web:
  Insert → Add-ins → Upload My Add-in → choose manifest.xml from this folder
Trust the self-signed certificate first by opening ${URL_} in the browser.
Opened outside Excel, the task pane works against an in-memory sample workbook.
`);
}
