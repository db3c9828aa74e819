/**
 * The ExcelApi requirement set that brings each member the simulator implements, as the @types/office-js
 * typings state it (`[Api set: ExcelApi 1.x]`); tests/excel-sim/api-levels.test.ts checks every entry against
 * them. Keyed by the typings' class and member names. The simulator refuses a member above its advertised level
 * as an Excel of that level would (ApiNotFound); a member missing here is refused as unimplemented.
 */
export const API_LEVELS: Readonly<Record<string, string>> = {
  "Workbook.worksheets": "1.1",
  "Workbook.settings": "1.4",
  "WorksheetCollection.items": "1.1",
  "WorksheetCollection.getItem": "1.1",
  "WorksheetCollection.getActiveWorksheet": "1.1",
  "WorksheetCollection.add": "1.1",
  "WorksheetCollection.onAdded": "1.7",
  "WorksheetCollection.onChanged": "1.9",
  "Worksheet.name": "1.1",
  "Worksheet.id": "1.1",
  "Worksheet.visibility": "1.1",
  "Worksheet.protection": "1.2",
  "Worksheet.getRange": "1.1",
  "Worksheet.getUsedRange": "1.1",
  "Worksheet.activate": "1.1",
  "Worksheet.onChanged": "1.7",
  "WorksheetProtection.protected": "1.2",
  "WorksheetProtection.protect": "1.2",
  "Range.values": "1.1",
  "Range.valueTypes": "1.1",
  "Range.rowIndex": "1.1",
  "Range.columnIndex": "1.1",
  "Range.rowCount": "1.1",
  "Range.columnCount": "1.1",
  "Range.address": "1.1",
  "Range.numberFormat": "1.1",
  "Range.formulas": "1.1",
  "Range.format": "1.1",
  "Range.conditionalFormats": "1.6",
  "Range.getMergedAreasOrNullObject": "1.13",
  "Range.select": "1.1",
  "Range.merge": "1.2",
  "Range.getEntireColumn": "1.1",
  "Range.clear": "1.1",
  "RangeFormat.fill": "1.1",
  "RangeFormat.font": "1.1",
  "RangeFormat.borders": "1.1",
  "RangeFormat.protection": "1.2",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.wrapText": "1.1",
  "RangeFormat.verticalAlignment": "1.1",
  "RangeFill.color": "1.1",
  "RangeFill.clear": "1.1",
  "RangeFont.bold": "1.1",
  "RangeBorderCollection.getItem": "1.1",
  "RangeBorder.style": "1.1",
  "FormatProtection.locked": "1.2",
  "RangeAreas.address": "1.9",
  "ConditionalFormatCollection.items": "1.6",
  "ConditionalFormatCollection.add": "1.6",
  "ConditionalFormatCollection.getItem": "1.6",
  "ConditionalFormat.id": "1.6",
  "ConditionalFormat.type": "1.6",
  "ConditionalFormat.custom": "1.6",
  "ConditionalFormat.customOrNullObject": "1.6",
  "ConditionalFormat.delete": "1.6",
  "CustomConditionalFormat.rule": "1.6",
  "CustomConditionalFormat.format": "1.6",
  "ConditionalFormatRule.formula": "1.6",
  "ConditionalRangeFormat.fill": "1.6",
  "ConditionalRangeFill.color": "1.6",
  "SettingCollection.items": "1.4",
  "SettingCollection.add": "1.4",
  "SettingCollection.getItem": "1.4",
  "SettingCollection.getItemOrNullObject": "1.4",
  "Setting.key": "1.4",
  "Setting.value": "1.4",
  "Setting.delete": "1.4",
};

/** Members whose arguments come with a later set than the member itself (the typings' remarks say so). */
export const ARGUMENT_LEVELS: Readonly<Record<string, string>> = {
  // "@param valuesOnly Considers only cells with values as used cells. [Api set: ExcelApi 1.2]"
  "Worksheet.getUsedRange(valuesOnly)": "1.2",
  // "[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]"
  "Worksheet.visibility=": "1.2",
};

/** The levels the command and the tests run at; the newest is the highest ExcelApi the typings know. */
export const LEVELS = ["1.1", "1.4", "1.7", "1.8"] as const;

export function compareLevels(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
}

export function atLeast(advertised: string, needed: string): boolean {
  return compareLevels(advertised, needed) >= 0;
}
