package io.baoxun.check;

import java.util.Locale;
import java.util.Optional;

/** The verdict of a check on the facts it judged. */
public enum Status {
  PASS,
  FAIL,
  /** The check cannot decide (a field is missing, a year is not printed); the message says why. */
  SKIP;

  /** As written in output and examples: {@code pass}, {@code fail}, {@code skip}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Status> byLabel(String label) {
    for (Status s : values()) {
      if (s.label().equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
