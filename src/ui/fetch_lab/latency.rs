//! The built-in URL set's latencies: a distribution to draw from and a seeded generator, so the
//! same choices always give the same delays (and the same generated program).

/// How long the built-in endpoint takes to answer each request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Latency {
    /// Every request takes 100 ms.
    #[default]
    Fixed100,
    /// Uniform between 50 and 150 ms.
    Uniform50To150,
    /// A long tail: nine in ten take 40–80 ms, one in ten 400–1200 ms.
    LongTail,
}

/// The seed of every drawn latency list.
const SEED: u64 = 0x5EED_F00D;

impl Latency {
    /// Every distribution, in the order the picker shows them.
    pub const ALL: [Latency; 3] = [Latency::Fixed100, Latency::Uniform50To150, Latency::LongTail];

    /// A short name for element ids: `fixed`, `uniform`, `tail`.
    pub fn key(self) -> &'static str {
        match self {
            Latency::Fixed100 => "fixed",
            Latency::Uniform50To150 => "uniform",
            Latency::LongTail => "tail",
        }
    }

    /// What the picker says: `fixed 100 ms`.
    pub fn label(self) -> &'static str {
        match self {
            Latency::Fixed100 => "fixed 100 ms",
            Latency::Uniform50To150 => "uniform 50–150 ms",
            Latency::LongTail => "long tail (most 40–80 ms, one in ten 400–1200 ms)",
        }
    }

    /// The delays of `n` requests in ms, drawn from a generator seeded with a constant.
    pub fn delays_ms(self, n: usize) -> Vec<u32> {
        let mut rng = SplitMix(SEED);
        (0..n)
            .map(|_| match self {
                Latency::Fixed100 => 100,
                Latency::Uniform50To150 => rng.between(50, 150),
                Latency::LongTail if rng.between(0, 9) == 0 => rng.between(400, 1200),
                Latency::LongTail => rng.between(40, 80),
            })
            .collect()
    }
}

/// SplitMix64: a tiny generator with good spread, enough for drawing latencies.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number from `low` to `high`, both included.
    fn between(&mut self, low: u32, high: u32) -> u32 {
        low + (self.next() % u64::from(high - low + 1)) as u32
    }
}
