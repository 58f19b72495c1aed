package io.baoxun.check;

import java.util.Locale;
import java.util.Optional;

/** How bad a failed check is; {@code --fail-on} names the least that fails a run. */
public enum Severity {
  WARNING,
  ERROR;

  /** As written in rule files and output: {@code error}, {@code warning}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> byLabel(String label) {
    for (Severity s : values()) {
      if (s.label().equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether this is {@code other} or worse. */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
