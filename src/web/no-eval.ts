import { z } from "zod";

/*
 * zod probes for eval with `new Function` the first time a schema is parsed; under the page's CSP that probe is
 * reported as a policy violation even though zod catches it. Imported first, before any template is parsed.
 */
z.config({ jitless: true });
