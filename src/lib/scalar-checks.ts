import { DistributionError } from './errors.ts';

/** @throws {DistributionError} `value` is not a probability in [0, 1] (NaN and ±∞ included) */
export function requireProbability(functionName: string, argument: string, value: number): void {
  if (!(value >= 0 && value <= 1)) {
    throw new DistributionError(
      `${functionName}: ${argument} = ${String(value)} is not a probability in [0, 1]`,
      { functionName, argument, value },
    );
  }
}

/** @throws {DistributionError} `value` is NaN or ±∞ */
export function requireFinite(functionName: string, argument: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new DistributionError(
      `${functionName}: ${argument} = ${String(value)} is not a finite number`,
      {
        functionName,
        argument,
        value,
      },
    );
  }
}

/** @throws {DistributionError} `value` is not a finite number > 0 (a standard deviation, say) */
export function requirePositive(functionName: string, argument: string, value: number): void {
  if (!(value > 0 && value < Infinity)) {
    throw new DistributionError(
      `${functionName}: ${argument} = ${String(value)} must be a finite number > 0`,
      { functionName, argument, value },
    );
  }
}

/** @throws {DistributionError} `value` is not an integer in [0, Number.MAX_SAFE_INTEGER] */
export function requireCount(functionName: string, argument: string, value: number): void {
  if (!(Number.isSafeInteger(value) && value >= 0)) {
    throw new DistributionError(
      `${functionName}: ${argument} = ${String(value)} must be a non-negative integer`,
      { functionName, argument, value },
    );
  }
}
