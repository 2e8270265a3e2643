/** Rules read the shared row model (src/core/model): the same rows, targets and scores the scores use. */
export { factsFor, libraryNames, numberOf, TableFacts, type RowFacts, type LibraryMatch, type LibraryCategory } from "../model/facts";
