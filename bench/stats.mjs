// Small statistics for the benchmarks: medians and percentiles of samples.

/** The value at fraction `p` (0…1) of the sorted samples (nearest rank). */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** The median of the samples. */
export function median(samples) {
  return percentile(samples, 0.5);
}
