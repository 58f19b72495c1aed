package io.baoxun.pipeline;

/**
 * One document to process, as the user named it: a file's bytes, a line of a {@code .jsonl} file,
 * or an input that could not even be read (kept so it is reported, never lost).
 */
public sealed interface Input {
  /** The name the output uses as {@code doc}. */
  String name();

  /** Raw bytes whose encoding is still to be detected (a file, standard input). */
  record Bytes(String name, byte[] bytes) implements Input {}

  /** Text that arrived already decoded (a {@code .jsonl} line). */
  record Text(String name, String text) implements Input {}

  /** An input that could not be read at all. */
  record Unreadable(String name, String message) implements Input {}

  /** An input whose result is already known (from the output of an earlier run, {@code --resume}). */
  record Done(DocumentResult result) implements Input {
    @Override
    public String name() {
      return result.doc();
    }
  }
}
