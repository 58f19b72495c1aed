package io.baoxun.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Processes a stream of inputs on several threads and hands the results on in input order.
 *
 * <p>At most {@code window} documents are in flight, so memory stays bounded however large the
 * corpus; the output order, and so the output bytes, do not depend on the thread count. Documents
 * are processed on worker threads even when there is one, all with the same large stack, so a
 * deeply nested document gives the same result at every thread count.
 */
public final class CorpusRunner {
  /** Deep enough for any region the {@link Limits} let through; only reserved, not used, memory. */
  private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

  private final DocumentProcessor processor;
  private final int threads;

  public CorpusRunner(DocumentProcessor processor, int threads) {
    checkArgument(threads >= 1, "threads must be at least 1");
    this.processor = processor;
    this.threads = threads;
  }

  /** Runs every input; returns how many could not be read. */
  public int run(Iterator<Input> inputs, Consumer<DocumentResult> sink) {
    return run(inputs, r -> r, (r, same) -> sink.accept(r));
  }

  /**
   * Runs every input, and {@code onWorker} on each result on the thread that made it (work of the
   * output that can be done in parallel); {@code sink} gets both, in input order, on the calling
   * thread. Returns how many inputs could not be read.
   */
  public <T> int run(Iterator<Input> inputs, Function<DocumentResult, T> onWorker, BiConsumer<DocumentResult, T> sink) {
    int failed = 0;
    int window = threads * 4;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(null, r, "baoxun-worker", WORKER_STACK_BYTES);
              t.setDaemon(true);
              return t;
            });
    Deque<Future<Done<T>>> inFlight = new ArrayDeque<>();
    Deque<Long> sizes = new ArrayDeque<>();
    long bytes = 0;
    // Processing a document takes several times its size in memory: large ones are not started
    // together, so a folder of them fits the heap (one always runs, however large).
    long maxBytes = Math.max(1, Runtime.getRuntime().maxMemory() / 16);
    try {
      while (inputs.hasNext() || !inFlight.isEmpty()) {
        while (inFlight.size() < window && (inFlight.isEmpty() || bytes < maxBytes) && inputs.hasNext()) {
          Input in = inputs.next();
          long size = size(in);
          inFlight.add(pool.submit(() -> {
            DocumentResult r = processor.process(in);
            return new Done<>(r, onWorker.apply(r));
          }));
          sizes.add(size);
          bytes += size;
        }
        Done<T> done = await(inFlight.poll());
        bytes -= sizes.poll();
        failed += done.result() instanceof DocumentResult.Failed ? 1 : 0;
        sink.accept(done.result(), done.prepared());
      }
    } finally {
      // On the way out after a failure (the output cannot be written, the run was interrupted),
      // the interrupt makes each document still in flight stop at its next deadline check.
      pool.shutdownNow();
    }
    return failed;
  }

  private static long size(Input in) {
    if (in instanceof Input.Bytes b) {
      return b.bytes().length;
    }
    if (in instanceof Input.Text t) {
      return 2L * t.text().length();
    }
    return 0;
  }

  private record Done<T>(DocumentResult result, T prepared) {}

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted");
    } catch (ExecutionException e) {
      // The processor turns every failure of a document into a result; what gets here is a bug
      // or an error of the machine (out of memory outside a document), and ends the run.
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
