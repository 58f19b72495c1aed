package io.baoxun.rule;

/** One example, runnable on its own (as a JUnit dynamic test, or by {@code baoxun check}). */
public interface ExampleCase {
  /** Where it is and what it says: {@code rules/bulletin.rules:42 bulletin.testing_progress «截至…»}. */
  String name();

  /** Runs the example with the calling thread's engine. */
  ExampleResult run(Engine engine);
}
