/** How much each signal counts when ranking a story's sentences. */
export interface RankingWeights {
  /** Weight of the lead prior: news puts what matters first. */
  position: number;
  /** How fast the lead prior falls: prior = 1 / (1 + index) ** positionDecay. */
  positionDecay: number;
  /** Weight of position-aware centrality (PacSum). */
  centrality: number;
  /** Share of centrality drawn from similarity to earlier sentences; PacSum found it negative. */
  backwardEdges: number;
  /** Edges below min + threshold × (max − min) similarity are dropped (PacSum's β). */
  edgeThreshold: number;
  /** Weight of word overlap with the headline, when there is one. */
  title: number;
  /** Weight of names and numbers in the sentence. */
  specifics: number;
  /** Weight of the length prior (too short or too long to carry a story). */
  length: number;
  /** MMR: penalty for similarity to a sentence already chosen. */
  redundancy: number;
}

export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  position: 1,
  positionDecay: 1,
  centrality: 0.5,
  backwardEdges: -0.5,
  edgeThreshold: 0.2,
  title: 1,
  specifics: 0.2,
  length: 0.3,
  redundancy: 0.5,
};
