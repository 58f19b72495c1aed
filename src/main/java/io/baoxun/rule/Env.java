package io.baoxun.rule;

import java.util.HashMap;
import java.util.Map;

/** The names in scope while a check's expressions are evaluated. Immutable: a loop binds a copy. */
final class Env {
  /** The fact a {@code where} condition reads the fields of. */
  static final String THIS = "·this";
  /** The date of the dateline of the article the judged facts lie in ({@code article.date}). */
  static final String ARTICLE_DATE = "·article.date";

  private final Map<String, CVal> vars;

  Env(Map<String, CVal> vars) {
    this.vars = Map.copyOf(vars);
  }

  Env bind(String name, CVal value) {
    Map<String, CVal> m = new HashMap<>(vars);
    m.put(name, value);
    return new Env(m);
  }

  CVal get(String name) {
    return vars.getOrDefault(name, CVal.NULL);
  }
}
