export * from "./types";
export { parseTarget, parseActual, readNumericText, parseNumber, type TargetSplit } from "./parse";
export { isVague, isPlaceholder } from "./vague";
export { normalizeUnit, unitsCompatible } from "./units";
export { toSerial, fromSerial, daysInMonth, isValidDate, readDateText, deadlineSerial, type DateText } from "./dates";
export { readRowTarget, readRowActual } from "./row";
export { formatValue, formatNumber } from "./format";
export { toHalfWidth, normalizeText } from "./normalize";
export { readSplitOperator, operatorForBareNumber, splitPrefixOperator, splitSuffixOperator, type SplitOperator } from "./operators";
