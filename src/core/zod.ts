import { z } from "zod";

/*
 * zod probes for eval with `new Function` the first time a schema is parsed; our pages forbid eval by their
 * Content-Security-Policy, and the probe is reported as a violation even though zod catches it. Since the pages get
 * the built-in templates parsed at build time, the first parse in a browser may be any schema (last year's .json on
 * the web page): so every schema of ours takes zod from here, with the probe off.
 */
z.config({ jitless: true });

export { z };
