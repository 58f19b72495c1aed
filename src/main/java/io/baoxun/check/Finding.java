package io.baoxun.check;

import java.util.List;

/**
 * The verdict of one check on some facts.
 *
 * @param status {@code pass}, {@code fail} or {@code skip}
 * @param facts the ids of the facts judged ({@code f17}, or {@code doc#f17} across documents)
 */
public record Finding(String check, String status, List<String> facts, String message, String severity) {
  public Finding {
    facts = List.copyOf(facts);
  }
}
