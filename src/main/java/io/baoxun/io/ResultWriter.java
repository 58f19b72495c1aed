package io.baoxun.io;

import io.baoxun.check.Finding;
import io.baoxun.pipeline.DocumentResult;
import java.io.Closeable;
import java.util.function.Consumer;

/** An output format: takes document results in order, then findings that span documents. */
public interface ResultWriter extends Consumer<DocumentResult>, Closeable {
  /** A finding of a check across documents, written after all documents. */
  void writeFinding(String doc, Finding finding);

  /**
   * What this writer can make of a result ahead of time, on the worker thread that produced it,
   * so that the one writing thread, which takes results in input order, only copies it out.
   * Called on any thread, for results in any order: it must not touch the writer's state. By
   * default nothing is made ahead.
   */
  default Prepared prepare(DocumentResult result) {
    return new Prepared(result, null);
  }

  /** Writes a result {@link #prepare prepared} ahead; the same output as {@link #accept}. */
  default void accept(Prepared prepared) {
    accept(prepared.result());
  }

  /**
   * A result and the form a writer gave it ahead of time.
   *
   * @param form the writer's own; null when it made nothing ahead
   */
  record Prepared(DocumentResult result, Object form) {}
}
