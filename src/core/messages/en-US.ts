import { type MessageId, type ShortMessageId } from "./zh-CN";

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
  "formula-without-result.unknown":
    "{subject} is a formula saved without its result; open and save the file in Excel or WPS, then check again. The relations it takes part in were not checked",
  "formula-without-result.computed":
    "{subject} is a formula saved without its result; open and save the file in Excel or WPS, then check again. It was checked as {value}, computed from its formula",
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
  "parts.more": "and others, {count} in all",
  "parts.none": "nothing",
  "parts.prior": "last year's {label} {value}",
  "narrative-mismatch":
    "The report text \u201c{sentence}\u201d gives {subject} as {quote}, but the table has {expected} ({cell})",
  "narrative-mismatch.none":
    "The report text \u201c{sentence}\u201d says there was no {subject}, but the table has {expected} ({cell})",
  "narrative-agreement":
    "The report text \u201c{quote}\u201d agrees with the table ({expected}) when read as {basis}",
  "narrative-structure.missing":
    "The report text lacks the section \u201c{heading}\u201d required by the {templateName} format",
  "narrative-structure.misnumbered":
    "The section \u201c{found}\u201d is numbered differently from the standard format: it should be \u201c{heading}\u201d",
  "narrative-structure.outdated":
    "The section \u201c{found}\u201d is a pre-2019 heading; the current format's sections are: {headings}",
  "narrative-structure.order":
    "The sections of the report text are in another order than the standard format's: the text has {found}, the format {headings}",
  "narrative-structure.empty":
    "The section \u201c{found}\u201d of the report text is empty; with nothing to report it should say so (无 / 本年度无……)",
  "narrative-year.title":
    "The title \u201c{quote}\u201d of the report text names the year {found}, but the tables are for {year}",
  "narrative-year.period":
    "The reporting period \u201c{quote}\u201d of the report text is in {found}, but the tables are for {year}",
  "narrative-year.title-period":
    "The title \u201c{title}\u201d of the report text names the year {found}, but its reporting period \u201c{quote}\u201d is in {year}",
  "narrative.summary":
    "{templateName}: {count} figures in the text match table cells, {agreed} agree; {problems} contradictions and {notes} notes.",
  "narrative.table-errors":
    "Note: the tables themselves have {errors} errors; run nianbao check and fix them first.",
};

/** The one-line verdicts (see zhCNShort). */
export const enUSShort: Record<ShortMessageId, string> = {
  "sum-mismatch": "{name} should be {expected} but is {actual}, a difference of {difference}",
  "sum-mismatch.subset-hint": "; the difference equals the 其中 row “{subsetLabel}”",
  "subset-exceeds": "{name} is {actual}, more than the {expected} it is part of",
  "balance-mismatch": "column {column} unbalanced: 1+2 = {left}, 3+4 = {right}, off by {difference}",
  "empty-required": "not filled in",
  "not-a-number.text": "not a number: “{text}”",
  "not-a-number.numeric-text": "number stored as text: {text}",
  "not-a-number.full-width": "full-width digits “{text}”: type {value}",
  "not-a-number.with-unit": "with a unit: “{text}”; enter {value} only",
  "not-a-number.formula-error": "formula error {text}",
  "formula-without-result.unknown":
    "formula saved without its result: open and save it in Excel or WPS, then check again",
  "formula-without-result.computed": "formula saved without its result; checked as computed: {value}",
  negative: "negative: {actual}",
  "not-integer": "fraction {actual}; counts are whole numbers",
  "prior-year-mismatch":
    "{name} should be {expected} by last year's report but is {actual}, a difference of {difference}",
  "outdated-template": "outdated format: {templateName}, superseded by {newName}",
  "missing-row.row": "row “{label}” not found in {table}",
  "missing-row.column": "column “{label}” not found in {table}",
  "missing-row.table": "{table} not found",
  "template-not-found": "no standard statistics table found",
  "implausible.group-row": "group heading row should stay blank; it holds {actual}",
  "implausible.guizhang-issuer": "{name} is {actual}: confirm this body makes 规章",
  "implausible.valid-below-net": "{name} in force {actual}, below issued − repealed = {least}",
};
