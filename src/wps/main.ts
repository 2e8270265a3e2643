import { createRibbon } from "./ribbon";
import { wpsApplication } from "./wps-host";

/**
 * The add-in's main page (index.html), which WPS loads hidden when 表格 starts: it puts the ribbon callbacks
 * on `window.ribbon`, where ribbon.xml's onLoad / onAction / getImage names point.
 */
declare global {
  interface Window {
    ribbon?: ReturnType<typeof createRibbon>;
  }
}

const app = wpsApplication();
if (app) {
  window.ribbon = createRibbon(app, {
    base: new URL(".", window.location.href).href,
    notify: (text) => window.alert(text),
  });
} else {
  console.warn("不在 WPS 表格中：功能区回调未注册 / not inside WPS 表格: ribbon callbacks not registered");
}
