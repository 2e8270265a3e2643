/**
 * Everything the pane needs that is heavy (the analysis and its rules, templates, rule profiles, zod and the
 * library schema): one chunk, loaded right after first paint, so the first download is the shell and the
 * library search only.
 */
import "./zod-config";
export { analyze } from "./state/analyze";
export { buildTemplate } from "../core/table/templates/build";
export { BUILTIN_PROFILES } from "../core/profiles/builtin";
export { createLibraryView } from "../core/library/view";
export { compareLibraries, fetchLibrary, readLibraryFile } from "./state/library-source";
export { fetchBureauConfig } from "./state/settings-schema";
export { planLiveScoring } from "../core/live/plan";
export { liveSkipText } from "../core/live/messages";
export { buildGoalReview, buildOpinion } from "../core/review";
export { libraryHash } from "../core/library/hash";

export type Engine = typeof import("./engine");

