package io.baoxun.rule.ast;

import java.util.List;

/** A top-level declaration of a rule file. */
public sealed interface Decl {
  /** The declared name, or the rule id. */
  String name();

  /** Where the name is written. */
  Pos pos();

  /** {@code type Name { ... }} or {@code nested type Name { ... }}: a fact type. */
  record Type(String name, boolean nested, List<FieldDecl> fields, Pos pos) implements Decl {
    public Type {
      fields = List.copyOf(fields);
    }
  }

  /** {@code type Name = quantity | percent}: a fact that is one value. */
  record ValueType(String name, boolean nested, List<TypeRef> alternatives, Pos pos) implements Decl {
    public ValueType {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** {@code record Name { ... }}: a value made of named fields, used inside facts. */
  record Record(String name, List<FieldDecl> fields, Pos pos) implements Decl {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  /** {@code rule id { ... }}; its clauses in the order written, checked by the type checker. */
  record Rule(String name, List<Clause> clauses, Pos pos) implements Decl {
    public Rule {
      clauses = List.copyOf(clauses);
    }
  }

  /** {@code check id { ... }}; its clauses in the order written. */
  record Check(String name, List<CheckClause> clauses, Pos pos) implements Decl {
    public Check {
      clauses = List.copyOf(clauses);
    }
  }

  /**
   * {@code name: Type} in a type or record; {@code name: time | interval} when it may hold either
   * (then a {@code ?} on any alternative makes the field optional).
   */
  record FieldDecl(String name, List<TypeRef> types, Pos pos) {
    public FieldDecl {
      types = List.copyOf(types);
    }

    public boolean optional() {
      return types.stream().anyMatch(TypeRef::optional);
    }
  }
}
