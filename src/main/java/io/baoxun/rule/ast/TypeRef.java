package io.baoxun.rule.ast;

import java.util.Optional;

/** A type as written: {@code text}, {@code quantity?}, {@code list<person>}, {@code TallyItem}. */
public record TypeRef(String name, Optional<TypeRef> arg, boolean optional, Pos pos) {
  @Override
  public String toString() {
    return name + arg.map(a -> "<" + a + ">").orElse("") + (optional ? "?" : "");
  }
}
