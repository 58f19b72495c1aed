package io.baoxun.diag;

import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be used, with every problem found while loading it. */
public final class PackException extends Exception {
  private final List<Diagnostic> diagnostics;

  public PackException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::headline).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
