//! Program output: stdout/stderr split into lines, each stamped with loop time in the trace.

use super::exceptions::{Abort, Unwind};
use super::interp::Interp;
use super::PyResult;
use crate::runtime::trace::{Event, Stream};

/// Per-stream buffers holding the current unfinished line.
#[derive(Default)]
pub struct Output {
    out: String,
    err: String,
    bytes: usize,
}

impl Output {
    fn buf(&mut self, stream: Stream) -> &mut String {
        match stream {
            Stream::Out => &mut self.out,
            Stream::Err => &mut self.err,
        }
    }
}

impl Interp {
    /// Writes `text` to a stream; every completed line becomes an `Output` event at the
    /// current loop time.
    pub fn write(&self, stream: Stream, text: &str) -> PyResult<()> {
        let t = self.now();
        let mut out = self.output.borrow_mut();
        out.bytes += text.len();
        if out.bytes > self.limits.max_output {
            return Err(Unwind::Abort(Abort::Output(self.limits.max_output)));
        }
        let mut rest = text;
        while let Some(i) = rest.find('\n') {
            let buf = out.buf(stream);
            buf.push_str(&rest[..i]);
            let line = std::mem::take(buf);
            self.trace.borrow_mut().push(Event::Output { t, stream, text: line, partial: false });
            rest = &rest[i + 1..];
        }
        out.buf(stream).push_str(rest);
        Ok(())
    }

    /// Emits any unfinished lines as partial lines (at the end of a run).
    pub fn flush_output(&self) {
        let t = self.now();
        let mut out = self.output.borrow_mut();
        for stream in [Stream::Out, Stream::Err] {
            let line = std::mem::take(out.buf(stream));
            if !line.is_empty() {
                self.trace.borrow_mut().push(Event::Output { t, stream, text: line, partial: true });
            }
        }
    }
}
