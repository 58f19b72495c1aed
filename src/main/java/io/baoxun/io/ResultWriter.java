package io.baoxun.io;

import io.baoxun.check.Finding;
import io.baoxun.pipeline.DocumentResult;
import java.io.Closeable;
import java.util.function.Consumer;

/** An output format: takes document results in order, then findings that span documents. */
public interface ResultWriter extends Consumer<DocumentResult>, Closeable {
  /** A finding of a check across documents, written after all documents. */
  void writeFinding(String doc, Finding finding);
}
