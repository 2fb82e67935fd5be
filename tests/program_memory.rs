#![cfg(not(target_arch = "wasm32"))]
//! A run leaves nothing behind: running the same asyncio program again and again on one thread
//! does not grow the heap. Reference cycles a run makes (module globals ⇄ functions, classes ⇄
//! methods, tasks ⇄ frames ⇄ exceptions, futures ⇄ callbacks) are broken when it ends.
//!
//! This test binary counts live heap bytes with its own global allocator.

use loopscope::python::interp::{Limits, NativeVirtualHost};
use loopscope::python::Program;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Classes, closures, generators, tasks waiting on each other, a lock, a queue, a timeout, a
/// failed task whose exception is retrieved, one that is never retrieved, a task cancelled by
/// `asyncio.run`'s shutdown, and an uncaught exception at the end.
const PROGRAM: &str = r#"
import asyncio
from dataclasses import dataclass, field

@dataclass
class Job:
    name: str
    delay: float
    log: list = field(default_factory=list)

class Worker:
    count = 0
    def __init__(self, queue):
        self.queue = queue
        self.me = self
        Worker.count += 1
    async def run(self, lock):
        while True:
            job = await self.queue.get()
            async with lock:
                await asyncio.sleep(job.delay)
                job.log.append(self)
            self.queue.task_done()

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump

def squares(k):
    for i in range(k):
        yield i * i

async def fail(d):
    await asyncio.sleep(d)
    raise ValueError("boom")

async def forever():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(100)
    finally:
        print("cancelled at exit", me.get_name())

async def main():
    queue = asyncio.Queue()
    lock = asyncio.Lock()
    workers = [asyncio.create_task(Worker(queue).run(lock)) for _ in range(3)]
    for i in range(6):
        queue.put_nowait(Job(f"job{i}", 0.01 * i))
    await queue.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, fail(0.01), return_exceptions=True)
    print([type(r).__name__ for r in results])
    bump = counter()
    print(bump(), bump(), sum(squares(10)))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.05)
    except asyncio.TimeoutError as e:
        err = e
        print("timeout", type(err).__name__)
    lost = asyncio.create_task(fail(0.01))
    asyncio.create_task(forever())
    await asyncio.sleep(0.02)
    raise RuntimeError("main fails")

asyncio.run(main())
"#;

fn run_once() {
    let mut program =
        Program::new(PROGRAM, "main.py", Box::new(NativeVirtualHost::default()), Limits::default()).expect("compiles");
    let outcome = program.run_to_end();
    assert_eq!(outcome.exit_code, 1);
    assert!(outcome.stopped.is_none(), "{outcome:?}");
}

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

#[test]
fn repeated_runs_do_not_grow_the_heap() {
    // Warm up: the first runs fill thread-local caches that later runs reuse.
    for _ in 0..5 {
        run_once();
    }
    let before = live();
    const RUNS: isize = 200;
    for _ in 0..RUNS {
        run_once();
    }
    let grown = live() - before;
    eprintln!("heap grew by {grown} bytes over {RUNS} runs ({} bytes per run)", grown / RUNS);
    assert!(grown < 64 * 1024, "heap grew by {grown} bytes over {RUNS} runs ({} bytes per run)", grown / RUNS);
}
