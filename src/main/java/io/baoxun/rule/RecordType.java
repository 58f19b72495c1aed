package io.baoxun.rule;

import io.baoxun.rule.ast.Pos;
import java.util.List;
import java.util.Optional;

/** A declared record type: named fields, written as a JSON object inside facts. */
public record RecordType(String name, List<Field> fields, Pos pos) {
  public RecordType {
    fields = List.copyOf(fields);
  }

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
