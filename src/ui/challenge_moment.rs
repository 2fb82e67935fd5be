//! The moment a failing check points at, found on the timeline: what each lane did at that
//! loop time, so the drawing can highlight it and the page can say it in words.

use super::timeline::{Activity, Timeline};

/// Closer than this (half of the millisecond the page shows), two times are the same moment.
pub const NEAR: f64 = 0.0005;

/// Which shape of a lane a hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// The segment at this index in [`crate::ui::timeline::Lane::segments`].
    Segment(usize),
    /// The mark at this index in [`crate::ui::timeline::Lane::marks`].
    Mark(usize),
}

/// Something a lane did at the moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The lane's index in [`Timeline::lanes`].
    pub lane: usize,
    /// The shape.
    pub item: Item,
    /// In words, with the lane's title: `Task-12 · fetch(): waits on sleep(0.5) from …`.
    pub text: String,
}

/// What happened at `t`: segments that begin and marks that fall at `t`; when nothing does,
/// the segments that span `t` (a loop blocked across it, a wait going on). Instants of
/// running and waits for a first turn are left out: they happen at every moment.
pub fn hits_at(timeline: &Timeline, t: f64) -> Vec<Hit> {
    let notable = |a: &Activity, instant: bool| !matches!(a, Activity::Scheduled) && !(instant && *a == Activity::Running);
    let collect = |pick: &dyn Fn(f64, f64) -> bool, marks: bool| -> Vec<Hit> {
        let mut hits = Vec::new();
        for (lane_index, lane) in timeline.lanes.iter().enumerate() {
            let title = lane.title();
            for (i, s) in lane.segments.iter().enumerate() {
                if notable(&s.activity, s.is_instant()) && pick(s.from, s.to) {
                    hits.push(Hit { lane: lane_index, item: Item::Segment(i), text: format!("{title}: {}", s.describe()) });
                }
            }
            for (i, m) in lane.marks.iter().enumerate().filter(|_| marks) {
                if pick(m.t, m.t) {
                    hits.push(Hit { lane: lane_index, item: Item::Mark(i), text: format!("{title}: {}", m.describe()) });
                }
            }
        }
        hits
    };
    let starting = collect(&|from, _| (from - t).abs() < NEAR, true);
    if !starting.is_empty() {
        return starting;
    }
    collect(&|from, to| from < t && t < to, false)
}
