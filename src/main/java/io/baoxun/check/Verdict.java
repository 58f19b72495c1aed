package io.baoxun.check;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a check says about the facts it judged: pass, fail or skip, with a message a person
 * understands ({@code 2 + 5 + 1 = 8, total says 7}); for skip, the reason it cannot decide.
 */
public record Verdict(Status status, String message) {
  public Verdict {
    checkNotNull(status);
    checkNotNull(message);
  }

  public static Verdict pass(String message) {
    return new Verdict(Status.PASS, message);
  }

  public static Verdict fail(String message) {
    return new Verdict(Status.FAIL, message);
  }

  public static Verdict skip(String reason) {
    return new Verdict(Status.SKIP, reason);
  }
}
