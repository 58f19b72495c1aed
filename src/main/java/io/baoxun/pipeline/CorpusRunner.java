package io.baoxun.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Processes a stream of inputs on several threads and hands the results on in input order.
 *
 * <p>At most {@code window} documents are in flight, so memory stays bounded however large the
 * corpus; the output order, and so the output bytes, do not depend on the thread count.
 */
public final class CorpusRunner {
  private final DocumentProcessor processor;
  private final int threads;

  public CorpusRunner(DocumentProcessor processor, int threads) {
    checkArgument(threads >= 1, "threads must be at least 1");
    this.processor = processor;
    this.threads = threads;
  }

  /** Runs every input; returns how many could not be read. */
  public int run(Iterator<Input> inputs, Consumer<DocumentResult> sink) {
    int failed = 0;
    if (threads == 1) {
      while (inputs.hasNext()) {
        DocumentResult r = processor.process(inputs.next());
        failed += r instanceof DocumentResult.Failed ? 1 : 0;
        sink.accept(r);
      }
      return failed;
    }
    int window = threads * 4;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "baoxun-worker");
              t.setDaemon(true);
              return t;
            });
    Deque<Future<DocumentResult>> inFlight = new ArrayDeque<>();
    try {
      while (inputs.hasNext() || !inFlight.isEmpty()) {
        while (inFlight.size() < window && inputs.hasNext()) {
          Input in = inputs.next();
          inFlight.add(pool.submit(() -> processor.process(in)));
        }
        DocumentResult r = await(inFlight.poll());
        failed += r instanceof DocumentResult.Failed ? 1 : 0;
        sink.accept(r);
      }
    } finally {
      pool.shutdownNow();
    }
    return failed;
  }

  private static DocumentResult await(Future<DocumentResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
