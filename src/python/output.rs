//! Program output: stdout/stderr split into lines, each stamped with loop time in the trace.
//!
//! A line still missing its newline is already in the trace, as a `partial` event at the place
//! of its latest piece; when more of it arrives, that event is taken back and the line goes on.
//! This is where CPython's output shows such a line if the program ends before finishing it.

use super::exceptions::{Abort, Unwind};
use super::interp::Interp;
use super::PyResult;
use crate::runtime::trace::{Event, Stream};

/// Output bookkeeping: bytes written, and where each stream's unfinished line sits.
#[derive(Default)]
pub struct Output {
    partial_out: Option<usize>,
    partial_err: Option<usize>,
    bytes: usize,
}

impl Output {
    fn partial(&mut self, stream: Stream) -> &mut Option<usize> {
        match stream {
            Stream::Out => &mut self.partial_out,
            Stream::Err => &mut self.partial_err,
        }
    }
}

impl Interp {
    /// Writes `text` to a stream; every completed line becomes an `Output` event at the
    /// current loop time.
    pub fn write(&self, stream: Stream, text: &str) -> PyResult<()> {
        if text.is_empty() {
            return Ok(());
        }
        {
            let mut out = self.output.borrow_mut();
            if out.bytes + text.len() > self.limits.max_output {
                return Err(Unwind::Abort(Abort::Output(self.limits.max_output)));
            }
            out.bytes += text.len();
        }
        self.write_beyond_limit(stream, text);
        Ok(())
    }

    /// Writes `text` whatever the output budget says: for the message that says why
    /// Loopscope stopped the program.
    pub(crate) fn write_beyond_limit(&self, stream: Stream, text: &str) {
        let t = self.now();
        let mut guard = self.output.borrow_mut();
        let out = &mut *guard;
        let mut trace = self.trace.borrow_mut();
        let mut pending = String::new();
        if let Some(i) = out.partial(stream).take() {
            if let Event::Output { text, .. } = trace.events.remove(i) {
                pending = text;
            }
            for other in [&mut out.partial_out, &mut out.partial_err] {
                if let Some(j) = other {
                    if *j > i {
                        *j -= 1;
                    }
                }
            }
        }
        pending.push_str(text);
        let mut rest = pending.as_str();
        while let Some(i) = rest.find('\n') {
            trace.push(Event::Output { t, stream, text: rest[..i].to_string(), partial: false });
            rest = &rest[i + 1..];
        }
        if !rest.is_empty() {
            *out.partial(stream) = Some(trace.events.len());
            trace.push(Event::Output { t, stream, text: rest.to_string(), partial: true });
        }
    }
}
