package io.baoxun.rule.ast;

import java.util.List;
import java.util.Optional;

/** One clause of a check ({@code check id { ... }}); {@code pos} is where its keyword is written. */
public sealed interface CheckClause {
  Pos pos();

  /** The keyword, for messages about missing or repeated clauses. */
  String keyword();

  record Summary(String text, Pos pos) implements CheckClause {
    public String keyword() {
      return "summary";
    }
  }

  /** {@code severity error} or {@code severity warning}; {@code level} as written. */
  record Severity(String level, Pos levelPos, Pos pos) implements CheckClause {
    public String keyword() {
      return "severity";
    }
  }

  /**
   * {@code for a, b in Type if cond, c in list<Other> within article}.
   *
   * @param scope {@code within article}, {@code within document}, {@code across documents}, if written
   */
  record For(List<Source> sources, Optional<ScopeWords> scope, Pos pos) implements CheckClause {
    public For {
      sources = List.copyOf(sources);
    }

    public String keyword() {
      return "for";
    }
  }

  /** {@code same region, activity}: facts judged together agree on these fields. */
  record Same(List<Path> paths, Pos pos) implements CheckClause {
    public Same {
      paths = List.copyOf(paths);
    }

    public String keyword() {
      return "same";
    }
  }

  /** {@code order by asOf}: across documents, facts are compared in this order. */
  record Order(Path path, Pos pos) implements CheckClause {
    public String keyword() {
      return "order by";
    }
  }

  record When(Expr condition, Pos pos) implements CheckClause {
    public String keyword() {
      return "when";
    }
  }

  record Require(Expr condition, Pos pos) implements CheckClause {
    public String keyword() {
      return "require";
    }
  }

  /**
   * {@code message "..."}, {@code message pass "..."} or {@code message fail "..."}.
   *
   * @param status {@code pass} or {@code fail} when the message is for that verdict only
   */
  record Message(Optional<String> status, Pos statusPos, Template template, Pos pos) implements CheckClause {
    public String keyword() {
      return "message";
    }
  }

  /** {@code java "name"}: the verdict comes from a {@code JavaCheck} of that name. */
  record Java(String name, Pos namePos, Pos pos) implements CheckClause {
    public String keyword() {
      return "java";
    }
  }

  /**
   * {@code example "TEXT", "TEXT" { status = "fail" message = "..." }} or {@code not "TEXT"}: each
   * text is one document.
   */
  record Example(boolean positive, List<Text> texts, List<Clause.Expectation> expectations, Pos pos)
      implements CheckClause {
    public Example {
      texts = List.copyOf(texts);
      expectations = List.copyOf(expectations);
    }

    public String keyword() {
      return positive ? "example" : "not";
    }
  }

  /** A string of an example, escapes resolved. */
  record Text(String value, Pos pos) {}

  /** {@code a, b in A | B.field if cond}. */
  record Source(List<Name> variables, List<SourceType> alternatives, Optional<Expr> condition, Pos pos) {
    public Source {
      variables = List.copyOf(variables);
      alternatives = List.copyOf(alternatives);
    }
  }

  record Name(String name, Pos pos) {}

  /**
   * {@code Breakdown}, {@code list<CaseReport>} ({@code list} true), or {@code TestingProgress.asOf}
   * (a field path).
   */
  record SourceType(String type, boolean list, List<String> path, Pos pos) {
    public SourceType {
      path = List.copyOf(path);
    }

    @Override
    public String toString() {
      String t = list ? "list<" + type + ">" : type;
      return path.isEmpty() ? t : t + "." + String.join(".", path);
    }
  }

  /** {@code within article}: {@code word} is within or across, {@code what} the word after it. */
  record ScopeWords(String word, String what, Pos pos) {}

  /** {@code region}, {@code total.value}. */
  record Path(List<String> names, Pos pos) {
    public Path {
      names = List.copyOf(names);
    }

    @Override
    public String toString() {
      return String.join(".", names);
    }
  }

  /** A message with holes: {@code "{a} + {b}"} is a hole, a literal and a hole. */
  record Template(List<Piece> pieces) {
    public Template {
      pieces = List.copyOf(pieces);
    }
  }

  sealed interface Piece {}

  record Literal(String text) implements Piece {}

  record Hole(Expr expr) implements Piece {}
}
