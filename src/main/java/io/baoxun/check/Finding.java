package io.baoxun.check;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * The verdict of one check on some facts, as the output writes it.
 *
 * @param status {@code pass}, {@code fail} or {@code skip}
 * @param facts the ids of the facts judged ({@code f17}, or {@code doc#f17} across documents)
 * @param severity {@code error} or {@code warning}, the check's
 */
public record Finding(String check, String status, List<String> facts, String message, String severity) {
  public Finding {
    facts = List.copyOf(facts);
    checkArgument(Status.byLabel(status).isPresent(), "status %s", status);
  }

  public static Finding of(CheckSpec check, Verdict v, List<String> facts) {
    return new Finding(check.id(), v.status().label(), facts, v.message(), check.severity().label());
  }
}
