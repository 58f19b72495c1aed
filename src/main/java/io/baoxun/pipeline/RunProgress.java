package io.baoxun.pipeline;

/**
 * What a run reports as it goes, for a progress display: each input as it is read, each document
 * as its result is written (in input order). The normal run reports to nobody ({@link #NONE}).
 */
public interface RunProgress extends AutoCloseable {
  RunProgress NONE = new RunProgress() {};

  /** An input was read (its bytes, when it has any, are now known). */
  default void read(Input input) {}

  /** A document's result was written; {@code failedChecks} of its findings failed. */
  default void written(DocumentResult result, int failedChecks) {}

  @Override
  default void close() {}
}
