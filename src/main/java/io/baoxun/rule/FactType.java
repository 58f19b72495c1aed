package io.baoxun.rule;

import io.baoxun.rule.ast.Pos;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A declared fact type.
 *
 * @param nested whether facts of this type may lie strictly inside each other (see the overlap
 *     policy)
 * @param fields the fields in output order; empty for a value fact
 * @param valueTypes for a value fact ({@code type Quantity = quantity | percent}) the types its one
 *     value may have; empty for a fact with fields
 */
public record FactType(String name, boolean nested, List<Field> fields, List<Type.Prim> valueTypes, Pos pos) {
  public FactType {
    fields = List.copyOf(fields);
    valueTypes = List.copyOf(valueTypes);
  }

  public boolean isValueFact() {
    return !valueTypes.isEmpty();
  }

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * The names an example of a rule emitting this type may check: the fields, or for a value fact
   * the keys of its value's encoding ({@code value}, {@code unit}, {@code from}...).
   */
  public Set<String> exampleFields() {
    Set<String> names = new LinkedHashSet<>();
    if (isValueFact()) {
      valueTypes.forEach(t -> names.addAll(ValueFields.keys(t)));
    } else {
      fields.forEach(f -> names.add(f.name()));
    }
    return names;
  }
}
