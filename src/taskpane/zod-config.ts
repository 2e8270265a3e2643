import { z } from "zod";

/**
 * zod probes for `new Function` to compile fast parsers; under the pane's Content-Security-Policy (no
 * 'unsafe-eval') that probe is a CSP violation. Parsing without it is as correct and fast enough for our inputs.
 * Imported first wherever zod schemas are evaluated in the browser.
 */
z.config({ jitless: true });
