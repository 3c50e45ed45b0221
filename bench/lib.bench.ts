/**
 * Benchmark (not a test): `entropy` and `klDivergence` over 10⁷-element Float64Arrays against
 * SciPy/NumPy doing the same work on the same numbers, in one run on the same machine.
 *
 *   npm run bench:lib            (N=10000000 and RUNS=7 can be overridden from the environment)
 *
 * The vectors are written to a temporary file that the Python side reads with `np.fromfile`,
 * so both sides see identical data. Each timing is the best of RUNS runs after a warm-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRng, entropy, klDivergence, normalize } from '../src/lib/index.ts';

const size = Number(process.env['N'] ?? 10_000_000);
const runs = Number(process.env['RUNS'] ?? 7);

function randomDistribution(seed: number): Float64Array {
  const rng = createRng(seed);
  const weights = new Float64Array(size);
  for (let i = 0; i < size; i++) weights[i] = rng() + 1e-3;
  return normalize(weights);
}

function bestMilliseconds(work: () => number): { ms: number; value: number } {
  let value = work();
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    value = work();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, value };
}

const PYTHON = String.raw`
import json, sys, time
import numpy as np
from scipy import special, stats
size, runs, p_path, q_path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
p = np.fromfile(p_path, dtype=np.float64, count=size)
q = np.fromfile(q_path, dtype=np.float64, count=size)
def best(work):
    value = work()
    times = []
    for _ in range(runs):
        start = time.perf_counter(); value = work(); times.append(time.perf_counter() - start)
    return {"ms": min(times) * 1e3, "value": float(value)}
print(json.dumps({
    "scipy.stats.entropy(p, base=2)": best(lambda: stats.entropy(p, base=2)),
    "numpy: -sum(entr(p)) / ln 2": best(lambda: special.entr(p).sum() / np.log(2)),
    "scipy.stats.entropy(p, q, base=2)": best(lambda: stats.entropy(p, q, base=2)),
    "numpy: sum(rel_entr(p, q)) / ln 2": best(lambda: special.rel_entr(p, q).sum() / np.log(2)),
}))
`;

const p = randomDistribution(1);
const q = randomDistribution(2);
const directory = mkdtempSync(join(tmpdir(), 'surprisal-bench-'));
try {
  writeFileSync(join(directory, 'p.f64'), p);
  writeFileSync(join(directory, 'q.f64'), q);
  const environment = { ...process.env };
  delete environment['OPENBLAS_CORETYPE'];
  delete environment['OPENBLAS_L2_SIZE'];
  const python = spawnSync(
    'python3',
    ['-c', PYTHON, String(size), String(runs), join(directory, 'p.f64'), join(directory, 'q.f64')],
    { encoding: 'utf8', env: environment, maxBuffer: 1 << 20 },
  );
  if (python.status !== 0) throw new Error(`python3 failed:\n${python.stderr}`);
  const numpy = JSON.parse(python.stdout) as Record<string, { ms: number; value: number }>;

  const heapBefore = process.memoryUsage().heapUsed;
  const ours = {
    entropy: bestMilliseconds(() => entropy(p)),
    klDivergence: bestMilliseconds(() => klDivergence(p, q)),
  };
  const heapGrowthMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const rows = [
    ['entropy(p)', ours.entropy, 'scipy.stats.entropy(p, base=2)', 'numpy: -sum(entr(p)) / ln 2'],
    [
      'klDivergence(p, q)',
      ours.klDivergence,
      'scipy.stats.entropy(p, q, base=2)',
      'numpy: sum(rel_entr(p, q)) / ln 2',
    ],
  ] as const;
  console.log(`n = ${size.toExponential(0)}, best of ${runs} runs, Node ${process.version}\n`);
  console.log('| ours | ms | reference | ms | ours / reference | |Δ value| |');
  console.log('| --- | ---: | --- | ---: | ---: | ---: |');
  for (const [name, mine, ...references] of rows) {
    for (const reference of references) {
      const theirs = numpy[reference]!;
      console.log(
        `| ${name} | ${mine.ms.toFixed(1)} | ${reference} | ${theirs.ms.toFixed(1)} | ` +
          `${(mine.ms / theirs.ms).toFixed(2)}× | ${Math.abs(mine.value - theirs.value).toExponential(1)} |`,
      );
    }
  }
  console.log(
    `\nheap growth over the timed runs: ${heapGrowthMiB.toFixed(2)} MiB (a few accumulator objects per call; nothing per element)`,
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
