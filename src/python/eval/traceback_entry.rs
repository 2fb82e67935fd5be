//! A frame's traceback entry: which line, and which part of it, the frame was running when an
//! exception passed through.
//!
//! CPython 3.11 points at the position of the frame's current instruction: the innermost
//! expression that failed, an assignment target that could not be stored to, or else the
//! statement. Here the innermost failing node records its range on the exception
//! ([`Interp::arose_at`]) unless one is already recorded, and the frame's entry takes it
//! ([`Interp::add_traceback`]), so the next frame out records its own.

use super::Frame;
use crate::python::ast::{SourceRange, Stmt};
use crate::python::exceptions::{exc_data, TbEntry, Unwind};
use crate::python::interp::Interp;
use crate::python::value::Value;
use std::rc::Rc;

impl Interp {
    /// Records that `e` arose at `range` in the current frame, unless a node inside it already
    /// said where.
    #[cold]
    #[inline(never)]
    pub(crate) fn arose_at(&self, e: Unwind, range: SourceRange) -> Unwind {
        if let Unwind::Raise(exc) = &e {
            if let Some(data) = exc_data(exc) {
                data.borrow_mut().arose.get_or_insert(range);
            }
        }
        e
    }

    /// `e` leaves statement `s` of `frame`: it arose at the statement unless a node inside
    /// said where, and the frame's entry records it.
    pub(crate) fn leave_statement(&self, e: Unwind, s: &Stmt, frame: &Frame) -> Unwind {
        self.add_traceback(self.arose_at(e, s.range()), frame)
    }

    /// Records that `e` passed through `frame`, once per activation: at the range where it
    /// arose in the frame if a node recorded one, and at the frame's current line if not.
    pub(crate) fn add_traceback(&self, e: Unwind, frame: &Frame) -> Unwind {
        if let Unwind::Raise(exc) = &e {
            if let Some(data) = exc_data(exc) {
                let mut data = data.borrow_mut();
                let at = data.arose.take();
                if data.traceback.last().is_none_or(|t| t.frame_id != frame.id) {
                    if data.traceback.is_empty() {
                        if let Value::Instance(i) = exc {
                            self.objects.instance(i);
                        }
                    }
                    data.traceback.push(TbEntry {
                        name: frame.name.clone(),
                        line: at.map_or(frame.line, |at| at.start.line),
                        at,
                        module: frame.module.clone(),
                        frame_id: frame.id,
                    });
                    data.frames.push(Rc::from(frame.locals.as_slice()));
                }
            }
        }
        e
    }
}
