package io.baoxun.check;

import io.baoxun.rule.ast.Pos;
import java.util.List;
import java.util.Optional;

/**
 * An {@code example} or {@code not} of a check: each text is processed as a document (in order,
 * one run), and the check's findings on them are compared with what the example expects.
 *
 * @param status for an example, the status every finding of the check must have
 * @param message for an example, a message one finding must say, if given
 */
public record CheckExample(boolean positive, List<String> texts, Status status, Optional<String> message, Pos pos) {
  public CheckExample {
    texts = List.copyOf(texts);
  }
}
