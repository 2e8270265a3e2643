"use strict";
// Worker threads start without the TypeScript loader the main thread registered: register it here too.
require("tsx/cjs/api").register();
require("./check-worker.ts");
