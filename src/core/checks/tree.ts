/** The tree resolver lives in the shared row model; checks import it from here for brevity. */
export { treeIndex, type TreeIndex, OUTPUT, BENEFIT, SATISFACTION } from "../model/tree";
