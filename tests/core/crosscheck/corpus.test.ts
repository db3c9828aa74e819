import { checkWorkbook } from "../../../src/core/check";
import { crosscheck } from "../../../src/core/crosscheck";
import { officialLayout } from "../../../src/core/layout/official-layout";
import { templateById } from "../../../src/core/templates";

interface Totals {
  texts: number;
  labelled: number;
  found: number;
  false: number;
  precision: number;
  recall: number;
}
interface Scored {
  rows: Array<{ id: string; missed: Array<{ rule: string }>; falses: Array<{ message: string }> }>;
  real: Totals;
  all: Totals;
}

interface SentenceTotals {
  sentences: number;
  labelled: number;
  precision: number;
  recall: number;
}

// The scorer is the benchmark's own (plain JS over build/ there, over src/ here), so both count alike.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scoreCorpus, scoreSentences } = require("../../../bench/crosscheck-score.js") as {
  scoreCorpus: (engine: object) => Scored;
  scoreSentences: (engine: object) => { totals: SentenceTotals };
};
const engine = { checkWorkbook, crosscheck, officialLayout, templateById };

test("on the corpus of real reports every labelled and planted contradiction is found, precision ≥ 90 %", () => {
  const { rows, real, all } = scoreCorpus(engine);
  expect(rows.flatMap((r) => r.missed.map((m) => `${r.id}: ${m.rule}`))).toEqual([]);
  expect(real.recall).toBe(1);
  expect(all.recall).toBe(1);
  expect(all.precision).toBeGreaterThanOrEqual(0.9);
  expect(real.labelled).toBeGreaterThan(0);
});

test("real sentences labelled by hand: what the reading takes as table figures is right ≥ 90 % of the time", () => {
  const { totals } = scoreSentences(engine);
  expect(totals.sentences).toBeGreaterThanOrEqual(40);
  expect(totals.precision).toBeGreaterThanOrEqual(0.9);
  expect(totals.recall).toBeGreaterThanOrEqual(0.9);
});
