/* Loads office.js from Microsoft's CDN and falls back to the copy served beside the page when the CDN fails
   or is too slow (offline, or networks where it is blocked). Exposes window.jixiaoOfficeLoaded, a promise the
   bundle awaits; it always resolves so the page renders even when neither copy loads. Plain ES5: it runs
   before anything else. With data-defer on its script tag (the task pane) it waits for the page to call
   window.jixiaoStartOffice() after its first paint (or 1 s), so office.js never delays the first content. */
(function () {
  var me = document.currentScript;
  var deferred = !!(me && me.hasAttribute("data-defer"));
  var CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  var LOCAL = "office/office.js";
  var TIMEOUT_MS = 8000;
  window.jixiaoOfficeLoaded = new Promise(function (resolve) {
    var settled = false;
    function finish(source) {
      if (settled) return;
      settled = true;
      window.jixiaoOfficeSource = source;
      resolve(source);
    }
    function load(src, onOk, onFail) {
      var s = document.createElement("script");
      s.src = src;
      s.onload = onOk;
      s.onerror = onFail;
      document.head.appendChild(s);
      return s;
    }
    var fellBack = false;
    function fallback() {
      if (fellBack || settled) return;
      fellBack = true;
      load(LOCAL, function () { finish("local"); }, function () { finish("none"); });
    }
    var started = false;
    function start() {
      if (started) return;
      started = true;
      var timer = setTimeout(fallback, TIMEOUT_MS);
      var cdn = load(CDN, function () { clearTimeout(timer); if (!fellBack) finish("cdn"); }, function () {
        clearTimeout(timer);
        // office.js finds its own folder from the first script whose src ends in office.js: drop the failed one.
        if (cdn.parentNode) cdn.parentNode.removeChild(cdn);
        fallback();
      });
    }
    window.jixiaoStartOffice = start;
    if (deferred) setTimeout(start, 1000);
    else start();
  });
})();
