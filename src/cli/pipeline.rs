//! An ordered, streaming, parallel map: items are read one at a time, analysed on a rayon
//! pool, and handed to the sink in input order.
//!
//! Memory stays bounded however long the input: at most `max_items` items (and about
//! `max_bytes` of input) are in flight between the reader and the sink, counting those
//! done but waiting for an earlier, slower one. There is no barrier between batches: a
//! worker that finishes takes the next item at once; only the reorder window can make
//! the reader wait.

use super::errors::Failure;
use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};

/// How much may be in flight at once.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub max_items: usize,
    pub max_bytes: usize,
}

impl Window {
    /// A window that keeps `threads` workers busy while bounding memory.
    pub fn for_threads(threads: usize) -> Window {
        Window {
            max_items: 16 * threads.max(1) + 16,
            max_bytes: 16 * 1024 * 1024,
        }
    }
}

#[derive(Default)]
struct State {
    items: usize,
    bytes: usize,
    stopped: bool,
}

struct Gate {
    state: Mutex<State>,
    cv: Condvar,
    window: Window,
}

impl Gate {
    /// Waits until an item of `weight` bytes fits in the window (one item always fits).
    /// False when the sink has stopped.
    fn acquire(&self, weight: usize) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if s.stopped {
                return false;
            }
            let fits = s.items == 0
                || (s.items < self.window.max_items
                    && s.bytes.saturating_add(weight) <= self.window.max_bytes);
            if fits {
                s.items += 1;
                s.bytes = s.bytes.saturating_add(weight);
                return true;
            }
            s = self.cv.wait(s).unwrap_or_else(|e| e.into_inner());
        }
    }

    fn release(&self, weight: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.items -= 1;
        s.bytes = s.bytes.saturating_sub(weight);
        self.cv.notify_all();
    }

    fn stop(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).stopped = true;
        self.cv.notify_all();
    }
}

/// An item's input size, what the window counts in bytes.
pub trait Weighed {
    fn weight(&self) -> usize;
}

/// Runs `work` on every item from `next` (on `pool`), and `sink` on the results in input
/// order (on a thread of its own): `sink(Some((output, weight)))`, and `sink(None)` when it
/// has nothing more to write for now (time to flush, so that output streams). `weight` is
/// an item's input size ([`Weighed`]).
///
/// Returns the sink's error if it failed (the reading stops), else the reader's error if
/// reading failed (everything read before it has gone through the sink), else Ok.
pub fn run<T, O>(
    pool: &rayon::ThreadPool,
    window: Window,
    next: impl FnMut() -> Result<Option<T>, Failure>,
    work: impl Fn(T) -> O + Sync,
    sink: impl FnMut(Option<(O, usize)>) -> Result<(), Failure> + Send,
) -> Result<(), Failure>
where
    T: Send + Weighed,
    O: Send,
{
    let gate = Gate {
        state: Mutex::new(State::default()),
        cv: Condvar::new(),
        window,
    };
    let (tx, rx) = mpsc::channel::<Done<O>>();
    let gate = &gate;
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || write_in_order(rx, gate, sink));
        let read = feed(pool, gate, next, &work, tx);
        let wrote = writer.join().unwrap_or_else(|_| {
            Err(Failure::User(
                "internal error: the output thread stopped".to_string(),
            ))
        });
        wrote.and(read)
    })
}

/// A finished item: its place in the input, its weight and its output.
type Done<O> = (u64, usize, O);

/// The writer's step: hands results to `sink` in input order as they arrive (keeping the
/// early ones until the earlier, slower ones are done), flushing (`sink(None)`) whenever
/// nothing is waiting. Ends when every worker's sender is gone, or with the sink's error.
fn write_in_order<O>(
    done: mpsc::Receiver<Done<O>>,
    gate: &Gate,
    mut sink: impl FnMut(Option<(O, usize)>) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let mut pending: BTreeMap<u64, (usize, O)> = BTreeMap::new();
    let mut next_seq = 0u64;
    let fail = |error: Failure| {
        gate.stop();
        Err(error)
    };
    loop {
        let (seq, weight, output) = match done.try_recv() {
            Ok(finished) => finished,
            Err(mpsc::TryRecvError::Empty) => {
                if let Err(error) = sink(None) {
                    return fail(error);
                }
                match done.recv() {
                    Ok(finished) => finished,
                    Err(_) => return Ok(()),
                }
            }
            Err(mpsc::TryRecvError::Disconnected) => return Ok(()),
        };
        pending.insert(seq, (weight, output));
        while let Some((weight, output)) = pending.remove(&next_seq) {
            let written = sink(Some((output, weight)));
            gate.release(weight);
            next_seq += 1;
            if let Err(error) = written {
                return fail(error);
            }
        }
    }
}

/// The reader's step: takes items from `next` while the window has room and spawns `work`
/// on each, numbered in input order. Stops at the end of the input, at a reading error
/// (returned) or when the sink has stopped.
fn feed<T, O>(
    pool: &rayon::ThreadPool,
    gate: &Gate,
    mut next: impl FnMut() -> Result<Option<T>, Failure>,
    work: &(impl Fn(T) -> O + Sync),
    done: mpsc::Sender<Done<O>>,
) -> Result<(), Failure>
where
    T: Send + Weighed,
    O: Send,
{
    pool.in_place_scope(|scope| -> Result<(), Failure> {
        let mut seq = 0u64;
        while let Some(item) = next()? {
            let weight = item.weight();
            if !gate.acquire(weight) {
                break;
            }
            let done = done.clone();
            let this = seq;
            scope.spawn(move |_| {
                let output = work(item);
                // a send fails only when the sink has stopped (closed pipe): the
                // result is not wanted then
                if done.send((this, weight, output)).is_err() {
                    gate.stop();
                }
            });
            seq += 1;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Weighed for u64 {
        fn weight(&self) -> usize {
            1
        }
    }

    fn pool(n: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .unwrap()
    }

    #[test]
    fn keeps_order_with_uneven_work() {
        let mut i = 0u64;
        let mut got = Vec::new();
        run(
            &pool(4),
            Window {
                max_items: 8,
                max_bytes: 1 << 20,
            },
            || {
                i += 1;
                Ok((i <= 500).then_some(i))
            },
            |x| {
                // later items are faster: out-of-order completion is the norm
                let spin = (500 - x) * 200;
                let mut acc = 0u64;
                for k in 0..spin {
                    acc = acc.wrapping_add(k ^ x);
                }
                std::hint::black_box(acc);
                x * 2
            },
            |o| {
                got.extend(o.map(|o| o.0));
                Ok(())
            },
        )
        .ok()
        .unwrap();
        assert_eq!(got, (1..=500).map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn window_bounds_items_in_flight() {
        let in_flight = std::sync::atomic::AtomicUsize::new(0);
        let max_seen = std::sync::atomic::AtomicUsize::new(0);
        let mut i = 0u64;
        run(
            &pool(2),
            Window {
                max_items: 5,
                max_bytes: usize::MAX,
            },
            || {
                i += 1;
                if i <= 200 {
                    let n = in_flight.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                    max_seen.fetch_max(n, std::sync::atomic::Ordering::SeqCst);
                }
                Ok((i <= 200).then_some(i))
            },
            |x| x,
            |o| {
                if o.is_some() {
                    in_flight.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
                }
                Ok(())
            },
        )
        .ok()
        .unwrap();
        // the reader holds at most one item beyond the window while it waits
        assert!(max_seen.into_inner() <= 6);
    }

    #[test]
    fn sink_failure_stops_reading() {
        let mut i = 0u64;
        let r = run(
            &pool(2),
            Window::for_threads(2),
            || {
                i += 1;
                Ok(Some(i)) // endless input
            },
            |x| x,
            |x| {
                if x.is_some_and(|x| x.0 == 100) {
                    Err(Failure::Quiet)
                } else {
                    Ok(())
                }
            },
        );
        assert!(matches!(r, Err(Failure::Quiet)));
    }

    #[test]
    fn reader_error_comes_after_earlier_items() {
        let mut i = 0u64;
        let mut got = 0;
        let r = run(
            &pool(2),
            Window::for_threads(2),
            || {
                i += 1;
                if i > 50 {
                    Err(Failure::User("broken".into()))
                } else {
                    Ok(Some(i))
                }
            },
            |x| x,
            |o| {
                got += usize::from(o.is_some());
                Ok(())
            },
        );
        assert!(matches!(r, Err(Failure::User(m)) if m == "broken"));
        assert_eq!(got, 50);
    }
}
