/**
 * The densities of the KL fit, as log-pdfs (exact far in the tails, where a pdf underflows):
 * the two-mode mixture p = w·N(μ₁, σ²) + (1 − w)·N(μ₂, σ²) and the single Gaussian q = N(m, s²).
 * These are probability densities, not information; the divergences come from `src/lib`.
 */
import { gaussianLogPdf } from '../../../lib/index.ts';

export interface MixtureState {
  /** Weight w of the first component, in [0.05, 0.95]. */
  weight: number;
  /** Means μ₁, μ₂ of the two components, in [−5, 5]. */
  mu1: number;
  mu2: number;
  /** The components' common standard deviation σ, in [0.2, 3]. */
  sigma: number;
}

/** ln p(x) for the mixture, by log-sum-exp: max + ln(e^(a − max) + e^(b − max)). */
export function mixtureLogPdf({ weight, mu1, mu2, sigma }: MixtureState): (x: number) => number {
  const logW1 = Math.log(weight);
  const logW2 = Math.log(1 - weight);
  return (x) => {
    const a = logW1 + gaussianLogPdf(x, mu1, sigma);
    const b = logW2 + gaussianLogPdf(x, mu2, sigma);
    const max = Math.max(a, b);
    return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
  };
}

/** Mean and standard deviation of the mixture: μ = wμ₁ + (1 − w)μ₂, var = σ² + w(1 − w)(μ₁ − μ₂)². */
export function mixtureMoments({ weight, mu1, mu2, sigma }: MixtureState): {
  mean: number;
  sd: number;
} {
  const gap = mu1 - mu2;
  return {
    mean: weight * mu1 + (1 - weight) * mu2,
    sd: Math.sqrt(sigma * sigma + weight * (1 - weight) * gap * gap),
  };
}
