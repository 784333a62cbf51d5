/**
 * Node bundle for the tree benchmark: careerkit's model, the data generator the
 * stories use, and the naive baseline. Built by scripts/bench/build.mjs.
 */
export { buildCommentTree } from '../../src/components/CommentThread/model/tree';
export { generateThread } from '../../stories/content/discussion';
export { naiveBuildTree } from './baselines';
