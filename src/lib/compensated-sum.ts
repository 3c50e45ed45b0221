/**
 * A running sum with Neumaier's compensation (improved Kahan–Babuška): the rounding error of
 * every addition is kept and added back at the end, so the result is as accurate as if the sum
 * were carried in twice the precision, whatever the order or the signs of the terms.
 * Once the sum is ±∞ (or NaN) it stays so: the compensation is then ignored.
 *
 * @example const sum = new CompensatedSum(); sum.add(1e100); sum.add(1); sum.add(-1e100); sum.value // => 1
 */
export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  /** Adds `term` to the sum. */
  add(term: number): void {
    const next = this.sum + term;
    this.compensation +=
      Math.abs(this.sum) >= Math.abs(term) ? this.sum - next + term : term - next + this.sum;
    this.sum = next;
  }

  /** The compensated total so far. */
  get value(): number {
    return Number.isFinite(this.sum) ? this.sum + this.compensation : this.sum;
  }
}
