/**
 * Runs one named stage of the pipeline. Benchmarks pass one that records its time;
 * everyone else gets `runStage`, which just runs it.
 */
export type StageTimer = <T>(stage: string, run: () => T) => T;

export const runStage: StageTimer = (_stage, run) => run();
