package io.baoxun.check;

import java.util.List;
import java.util.Optional;

/**
 * Which facts a check judges together: its scope, its names ({@code for}), the fields they agree on
 * ({@code same}) and, across documents, the order they are compared in ({@code order by}).
 */
public record Selection(Scope scope, List<Variable> variables, List<FieldPath> same, Optional<FieldPath> order) {
  public Selection {
    variables = List.copyOf(variables);
    same = List.copyOf(same);
  }
}
