//! The Python program that the lab runs, generated from its [`LabSettings`]: valid CPython
//! 3.11 with `aiohttp`, the same text the learner reads, copies and opens in the scratchpad.
//! It prints one summary line; the waterfall comes from the run's trace.

use std::fmt::Write;

use super::latency::Latency;
use super::mode::Mode;
use super::settings::{LabSettings, UrlSet};

/// Delays listed per line of the generated `DELAYS_MS`.
const DELAYS_PER_LINE: usize = 16;

/// The program for `settings`.
pub fn program(settings: &LabSettings) -> String {
    let mut out = String::from("import asyncio\nimport time\n\nimport aiohttp\n\n");
    out += &urls(settings);
    if let Some(timeout) = settings.timeout_s {
        let _ = writeln!(out, "TIMEOUT = aiohttp.ClientTimeout(total={})", number(timeout));
    }
    if let Some(rate) = settings.rate_per_s {
        let _ = write!(out, "{}", RATE_LIMITER.replace("{rate}", &number(rate)));
    }
    out += &fetch(settings);
    out += &main(settings);
    out += "\n\nasyncio.run(main())\n";
    out
}

/// The `URLS` list.
fn urls(settings: &LabSettings) -> String {
    let n = settings.count;
    match &settings.urls {
        UrlSet::Builtin { latency, fail_rate } => {
            let fail = if *fail_rate > 0.0 { format!("&fail={}", number(*fail_rate)) } else { String::new() };
            if *latency == Latency::Fixed100 {
                return format!("URLS = [f\"https://lab.invalid/delay?ms=100&id={{i}}{fail}\" for i in range({n})]\n");
            }
            let delays = latency.delays_ms(n as usize);
            let rows: Vec<String> = delays
                .chunks(DELAYS_PER_LINE)
                .map(|row| format!("    {},\n", row.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")))
                .collect();
            format!(
                "# {}, drawn once from a seeded generator\nDELAYS_MS = [\n{}]\n\
                 URLS = [f\"https://lab.invalid/delay?ms={{ms}}&id={{i}}{fail}\" for i, ms in enumerate(DELAYS_MS)]\n",
                latency.label(),
                rows.concat()
            )
        }
        UrlSet::Custom(list) => {
            let rows: String = list.iter().map(|url| format!("    \"{url}\",\n")).collect();
            format!("MY_URLS = [\n{rows}]\nURLS = [MY_URLS[i % len(MY_URLS)] for i in range({n})]\n")
        }
    }
}

/// A rate limiter handing out start times `1 / rate` seconds apart.
const RATE_LIMITER: &str = r#"

class RateLimiter:
    """Lets requests start at most `per_second` times a second, evenly spaced."""

    def __init__(self, per_second):
        self.interval = 1 / per_second
        self.next_start = 0.0

    async def wait(self):
        now = asyncio.get_running_loop().time()
        start = max(now, self.next_start)
        self.next_start = start + self.interval
        await asyncio.sleep(start - now)


limiter = RateLimiter({rate})
"#;

/// `fetch(session, url)`, and for a semaphore its limited twin.
fn fetch(settings: &LabSettings) -> String {
    let wait = if settings.rate_per_s.is_some() { "    await limiter.wait()\n" } else { "" };
    let mut out = format!(
        "\n\nasync def fetch(session, url):\n{wait}    async with session.get(url) as resp:\n        \
         resp.raise_for_status()\n        return resp.status\n"
    );
    if let Mode::Semaphore(_) = settings.mode {
        out += "\n\nasync def fetch_limited(session, slots, url):\n    async with slots:\n        \
                return await fetch(session, url)\n";
    }
    out
}

/// `main()`: the session, the fan-out, and the summary line.
fn main(settings: &LabSettings) -> String {
    let session = if settings.timeout_s.is_some() { "aiohttp.ClientSession(timeout=TIMEOUT)" } else { "aiohttp.ClientSession()" };
    let all = "(fetch(session, url) for url in URLS)";
    let body = match settings.mode {
        Mode::Sequential => "statuses = []\nfor url in URLS:\n    statuses.append(await fetch(session, url))".to_string(),
        Mode::Gather => format!("statuses = await asyncio.gather(*{all})"),
        Mode::GatherExceptions => format!("results = await asyncio.gather(*{all}, return_exceptions=True)"),
        Mode::Semaphore(k) => format!(
            "slots = asyncio.Semaphore({k})\nstatuses = await asyncio.gather(*(fetch_limited(session, slots, url) for url in URLS))"
        ),
        // Tasks made in order (as_completed alone would start them in the order of a set).
        Mode::AsCompleted => "tasks = [asyncio.create_task(fetch(session, url)) for url in URLS]\nstatuses = []\n\
             for next_done in asyncio.as_completed(tasks):\n    statuses.append(await next_done)"
            .to_string(),
    };
    let body: String = body.lines().map(|line| format!("        {line}\n")).collect();
    let summary = match settings.mode {
        Mode::GatherExceptions => {
            "    failed = sum(isinstance(result, Exception) for result in results)\n    \
             print(f\"{len(results) - failed} ok, {failed} failed in {time.perf_counter() - start:.2f}s\")\n"
        }
        _ => "    print(f\"{len(statuses)} responses in {time.perf_counter() - start:.2f}s\")\n",
    };
    format!("\n\nasync def main():\n    start = time.perf_counter()\n    async with {session} as session:\n{body}{summary}")
}

/// `x` as Python writes it in source, rounded to 4 decimals: `0.5`, `2`, `0.1`.
fn number(x: f64) -> String {
    let rounded = (x * 10_000.0).round() / 10_000.0;
    format!("{rounded}")
}
