import { expect, it } from 'vitest';
import * as clv from './index';

it('exports exactly the public customer-value API', () => {
  expect(Object.keys(clv).sort()).toEqual([
    'bgNbdConditionalExpectedPurchases',
    'bgNbdExpectedPurchases',
    'bgNbdProbabilityAlive',
    'discountedClv',
    'fitBgNbd',
    'fitBgNbdSteps',
    'fitGammaGamma',
    'fitGammaGammaSteps',
    'gammaGammaExpectedSpend',
    'runSteps',
    'runStepsInSlices',
    'summariseTransactions',
  ]);
});
