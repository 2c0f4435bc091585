//! The one thread pool: independent jobs on a number of threads, results in the jobs' own
//! order. Rendering takes all cores; publishing, which waits on the disk, more threads.

/// `f` of each job, on all cores, taken in `order`; the results in the jobs' own order
/// (so output, and which of two equal errors is reported, never depends on timing).
pub fn on_all_cores<J: Sync, R: Send>(
    jobs: &[J],
    order: &[usize],
    f: impl Fn(&J) -> R + Sync,
) -> Vec<R> {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    on_threads(cores, jobs, order, f)
}

/// `f` of each job, on up to `threads` threads, taken in `order`; the results in the jobs'
/// own order.
pub fn on_threads<J: Sync, R: Send>(
    threads: usize,
    jobs: &[J],
    order: &[usize],
    f: impl Fn(&J) -> R + Sync,
) -> Vec<R> {
    let workers = threads.min(jobs.len()).max(1);
    if workers == 1 {
        return jobs.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<Option<R>>> =
        jobs.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while let Some(&i) =
                    order.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    let r = f(&jobs[i]);
                    *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
                }
            });
        }
    });
    slots
        .into_iter()
        .map(|m| {
            m.into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .expect("every job ran")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_in_the_jobs_order_whatever_the_order_taken() {
        let jobs: Vec<u32> = (0..50).collect();
        let order: Vec<usize> = (0..50).rev().collect();
        for threads in [1, 2, 7, 64] {
            let out = super::on_threads(threads, &jobs, &order, |j| j * 2);
            assert_eq!(out, jobs.iter().map(|j| j * 2).collect::<Vec<_>>());
        }
    }
}
