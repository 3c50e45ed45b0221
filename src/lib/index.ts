export { DistributionError, type DistributionErrorDetails } from './errors.ts';
export { type LogBase } from './log-base.ts';
export { isDistribution, assertDistribution } from './validate.ts';
export { normalize } from './normalize.ts';
export { entropy } from './entropy.ts';
export { surprisal } from './surprisal.ts';
export { crossEntropy } from './cross-entropy.ts';
export { klDivergence } from './kl-divergence.ts';
export { jsDivergence } from './js-divergence.ts';
export { binaryEntropy, bernoulliKl } from './binary.ts';
export { gaussianEntropy, gaussianCrossEntropy, gaussianKl, gaussianLogPdf } from './gaussian.ts';
export { integrate, type IntegrateOptions } from './integrate.ts';
export {
  differentialEntropy,
  continuousCrossEntropy,
  continuousKl,
  type Density,
  type ContinuousOptions,
} from './continuous.ts';
export { softmax, logSoftmax } from './softmax.ts';
export {
  temperedSoftmax,
  smoothedTarget,
  logitGradient,
  gradientStep,
  type LogitGradientOptions,
} from './logit-gradient.ts';
export { logitForProbability } from './logit-for-probability.ts';
export {
  crossEntropyLoss,
  type CrossEntropyLossOptions,
  type Reduction,
} from './cross-entropy-loss.ts';
export { createRng, type Rng, type SeededRng } from './rng.ts';
export { tossCoins } from './coins.ts';
export { logLikelihoodRatio, llrPath } from './llr.ts';
export { steinTest, type CoinTestErrors } from './coin-test.ts';
export { shannonCodeLengths, expectedCodeLength } from './shannon-code.ts';
export { huffmanCodeLengths } from './huffman-code.ts';
export { crossEntropyTerms, klTerms } from './outcome-terms.ts';
export { sampleCategorical } from './sample-categorical.ts';
export { canonicalCodewords } from './canonical-code.ts';
export { type JointDistribution, type JointShape } from './joint-table.ts';
export { marginals, type Marginals } from './marginals.ts';
export { jointEntropy } from './joint-entropy.ts';
export { conditionalEntropy, type GivenVariable } from './conditional-entropy.ts';
export { mutualInformation } from './mutual-information.ts';
