export * from "./justifications";
export * from "./submission";
export * from "./export-model";
export * from "./checks";
export * from "./aggregate";
export * from "./escape";
export * from "./summary-html";
export * from "./unit-name";
