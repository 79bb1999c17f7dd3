// Customer-value models: BG/NBD purchase counts, Gamma-Gamma spend, discounted CLV.
// Pure functions, no I/O and no clock: callers pass `now`.
export {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdProbabilityAlive,
  fitBgNbd,
  fitBgNbdSteps,
} from './bgnbd';
export { discountedClv } from './discounted';
export { fitGammaGamma, fitGammaGammaSteps, gammaGammaExpectedSpend } from './gammagamma';
export { runSteps, runStepsInSlices, type Steps } from './optimize';
export { summariseTransactions } from './summarise';
export type { BgNbdParams, CustomerSummary, GammaGammaParams } from './types';
