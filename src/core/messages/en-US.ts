import { type MessageId } from "./zh-CN";

/** Message templates, English. Table labels stay in Chinese: they are the official wording. */
export const enUS: Record<MessageId, string> = {
  "sum-mismatch": "{subject} should be {expected} (= {parts}) but is {actual}, a difference of {difference}",
  "sum-mismatch.subset-hint":
    "; the difference equals the 其中 row “{subsetLabel}” ({subsetValue}), which must not be added into the total",
  "subset-exceeds": "{subject} is {actual}, more than “{whole}” ({expected}) it is part of",
  "balance-mismatch":
    "column {column} does not balance: {leftParts} = {left}, but {rightParts} = {right}, a difference of {difference} (items 1 + 2 must equal items 3 + 4)",
  "empty-required": "{subject} is empty (counted as 0); enter 0 when there is nothing to report",
  "not-a-number.text": "{subject} holds the text “{text}”, not a number",
  "not-a-number.numeric-text":
    "{subject} holds {text} as text; Excel leaves it out of sums, store it as a number",
  "not-a-number.full-width": "{subject} uses full-width digits “{text}”; type {value} in half-width digits",
  "not-a-number.with-unit":
    "{subject} holds “{text}” with a unit; the cell should hold the number {value} only",
  "not-a-number.formula-error":
    "{subject} is the formula error {text}; check the cells its formula refers to",
  negative: "{subject} is negative ({actual}); counts cannot be negative",
  "not-integer": "{subject} is a fraction ({actual}); counts must be whole numbers",
  "prior-year-mismatch":
    "{subject} is {actual}, but last year's report gives {expected} ({priorParts}), a difference of {difference}",
  "outdated-template":
    "this workbook uses {templateName} ({format}), superseded by {newName} ({newFormat}); switch to the current format. It was still checked on the old one",
  "missing-row.row": "row “{label}” was not found in {table}; its figures cannot be checked",
  "missing-row.column": "column “{label}” was not found in {table}; its figures cannot be checked",
  "missing-row.table": "{table} was not found; make sure the workbook has it with the standard labels",
  "template-not-found":
    "no standard statistics table was found in the workbook (tried: {templates}); make sure the row and column labels follow the standard format, or insert the blank standard table",
  "implausible.group-row":
    "{subject} is a group heading and should stay blank (it holds {actual}); enter figures in the rows below it",
  "implausible.guizhang-issuer":
    "{subject} is {actual}: only provincial governments, governments of cities with districts and State Council departments make 规章; confirm this body is one",
  "implausible.valid-below-net":
    "{subject} is {actual}, less than {terms} = {least}: documents in force cannot be fewer than those made this year minus those repealed",
  "parts.all-zero": "all {count} at 0",
  "parts.rest-zero": "{count} more at 0",
  "parts.none": "nothing",
  "parts.prior": "last year's {label} {value}",
  "narrative-mismatch":
    "The report text \u201c{sentence}\u201d gives {subject} as {quote}, but the table has {expected} ({cell})",
  "narrative-mismatch.none":
    "The report text \u201c{sentence}\u201d says there was no {subject}, but the table has {expected} ({cell})",
  "narrative-mismatch.basis":
    "The report text \u201c{quote}\u201d agrees with the table ({expected}) when read as {basis}",
  "narrative-mismatch.section-missing":
    "The report text lacks the section \u201c{heading}\u201d required by the {templateName} format",
  "narrative-mismatch.section-misnumbered":
    "The section \u201c{found}\u201d is numbered differently from the standard format: it should be \u201c{heading}\u201d",
  "narrative-mismatch.section-outdated":
    "The section \u201c{found}\u201d is a pre-2019 heading; the current format's sections are: {headings}",
  "narrative.summary":
    "{templateName}: {count} figures in the text match table cells, {agreed} agree; {problems} contradictions and {notes} notes.",
  "narrative.table-errors":
    "Note: the tables themselves have {errors} errors; run nianbao check and fix them first.",
};
