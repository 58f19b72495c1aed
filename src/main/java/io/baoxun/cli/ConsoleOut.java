package io.baoxun.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as picocli's writer, with the byte stream under it for output that is UTF-8
 * already: {@code extract} renders its records to bytes on the workers, and encoding them again
 * on the one writing thread would be wasted work.
 */
final class ConsoleOut extends PrintWriter {
  private final OutputStream bytes;

  ConsoleOut(PrintStream out) {
    super(out, true, StandardCharsets.UTF_8);
    this.bytes = out;
  }

  /** The byte stream, after what was written as characters so far. */
  OutputStream bytes() {
    flush();
    return bytes;
  }
}
