export { crosscheck, type CrosscheckResult, type NarrativeStatement } from "./crosscheck";
export { chineseNumeral, findQuantities, fits, type Quantity } from "./numbers";
export { narrativeLines } from "./narrative";
