package io.baoxun.rule;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The type of an expression or a field, as the type checker sees it. */
public sealed interface Type {
  /** How the type is named in messages: {@code quantity}, {@code list<person>}, {@code TallyItem}. */
  String show();

  /** The built-in value types of the language, and {@code bool} for conditions. */
  enum Prim implements Type {
    TEXT,
    NUMBER,
    QUANTITY,
    PERCENT,
    TIME,
    INTERVAL,
    DURATION,
    PERSON,
    BOOL;

    @Override
    public String show() {
      return this == BOOL ? "true/false" : name().toLowerCase(Locale.ROOT);
    }

    /** The value type a field may be declared with, by name ({@code bool} is not one). */
    static java.util.Optional<Prim> byName(String name) {
      for (Prim p : values()) {
        if (p != BOOL && p.name().toLowerCase(Locale.ROOT).equals(name)) {
          return java.util.Optional.of(p);
        }
      }
      return java.util.Optional.empty();
    }

    /** Whether a value of this type may stand where {@code target} is wanted (a percent is a quantity). */
    boolean fits(Prim target) {
      return this == target || (this == PERCENT && target == QUANTITY);
    }
  }

  record ListOf(Type item) implements Type {
    @Override
    public String show() {
      return "list<" + item.show() + ">";
    }
  }

  /** A field that holds a value of one of several types: {@code time | interval}. */
  record OneOf(Set<Prim> alternatives) implements Type {
    public OneOf {
      com.google.common.base.Preconditions.checkArgument(alternatives.size() >= 2, "a choice of one type");
      alternatives = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(alternatives));
    }

    /** Whether a value of type {@code p} may be held here. */
    boolean admits(Prim p) {
      return alternatives.stream().anyMatch(p::fits);
    }

    @Override
    public String show() {
      return alternatives.stream().map(Prim::show).collect(java.util.stream.Collectors.joining(" | "));
    }
  }

  /** A value of a declared record type. */
  record Rec(String name) implements Type {
    @Override
    public String show() {
      return name;
    }
  }

  /**
   * An element of a grammar match: a node of one of {@code rules}, or a token when {@code tokens}.
   * It becomes text, or the value of a value rule, where one is wanted.
   */
  record Node(Set<String> rules, boolean tokens) implements Type {
    public Node {
      rules = java.util.Collections.unmodifiableSet(new TreeSet<>(rules));
    }

    static Node ofRule(String rule) {
      return new Node(Set.of(rule), false);
    }

    /** Shown as what it is when used as a value: text (the caller names value rules). */
    @Override
    public String show() {
      return "text";
    }
  }

  /** A fact of one of these types: a name of a check's {@code for} clause. */
  record Fact(Set<String> types) implements Type {
    public Fact {
      types = java.util.Collections.unmodifiableSet(new TreeSet<>(types));
    }

    @Override
    public String show() {
      return String.join(" | ", types);
    }
  }

  enum Special implements Type {
    /** The literal {@code null}: fits any type. */
    NULL,
    /** The type of an expression already reported as wrong: fits anything, so errors do not cascade. */
    ERROR,
    /** The name {@code article}: only its parts are values. */
    ARTICLE;

    @Override
    public String show() {
      return this == ARTICLE ? "article" : name().toLowerCase(Locale.ROOT);
    }
  }
}
