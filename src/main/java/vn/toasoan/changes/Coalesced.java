package vn.toasoan.changes;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task run on a thread of its own when asked. Asks that come before the run has begun are answered by that one run;
 * an ask during a run gets one more after it: a burst of a thousand asks costs two runs, and nothing asked is missed.
 */
final class Coalesced implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Coalesced.class);

    private final Runnable task;
    private final ExecutorService thread;
    private final AtomicBoolean pending = new AtomicBoolean();

    Coalesced(String threadName, Runnable task) {
        this.task = task;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread named = new Thread(runnable, threadName);
            named.setDaemon(true);
            return named;
        });
    }

    void request() {
        if (pending.compareAndSet(false, true)) {
            try {
                thread.execute(this::run);
            } catch (RejectedExecutionException closed) {
                pending.set(false);
            }
        }
    }

    private void run() {
        pending.set(false);
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("{} failed", Thread.currentThread().getName(), e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
