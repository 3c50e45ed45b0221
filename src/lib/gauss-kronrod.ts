/**
 * Non-negative abscissae of the 15-point Kronrod rule on [−1, 1] (QUADPACK `qk15`, rounded to
 * double); odd positions are the 7-point Gauss nodes.
 */
const KRONROD_NODES = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691, 0.7415311855993945,
  0.5860872354676911, 0.4058451513773972, 0.20778495500789848, 0,
];
const KRONROD_WEIGHTS = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019, 0.14065325971552592,
  0.1690047266392679, 0.19035057806478542, 0.20443294007529889, 0.20948214108472782,
];
/** Weights of the 7-point Gauss rule at KRONROD_NODES[1], [3], [5], [7]. */
const GAUSS_WEIGHTS = [
  0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694,
];

/** One application of the rule: the Kronrod estimate and |Kronrod − Gauss| as its error. */
export interface RuleEstimate {
  readonly value: number;
  readonly error: number;
}

/**
 * Gauss–Kronrod (G7, K15) estimate of ∫ₐᵇ f(x) dx on a finite interval (nodes from QUADPACK's
 * `qk15`). The error estimate |K15 − G7| is pessimistic for smooth f, which is what adaptive
 * refinement wants. The endpoints are never evaluated.
 */
export function gaussKronrod15(f: (x: number) => number, a: number, b: number): RuleEstimate {
  const center = 0.5 * (a + b);
  const halfLength = 0.5 * (b - a);
  const centerValue = f(center);
  let kronrod = centerValue * KRONROD_WEIGHTS[7]!;
  let gauss = centerValue * GAUSS_WEIGHTS[3]!;
  for (let j = 0; j < 7; j++) {
    const offset = halfLength * KRONROD_NODES[j]!;
    const pair = f(center - offset) + f(center + offset);
    kronrod += KRONROD_WEIGHTS[j]! * pair;
    if (j % 2 === 1) gauss += GAUSS_WEIGHTS[(j - 1) / 2]! * pair;
  }
  return { value: kronrod * halfLength, error: Math.abs((kronrod - gauss) * halfLength) };
}
