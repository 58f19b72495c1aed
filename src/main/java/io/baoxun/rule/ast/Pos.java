package io.baoxun.rule.ast;

/**
 * A place in a rule file, as diagnostics show it.
 *
 * @param file the file as the user sees it ({@code rules/bulletin.rules})
 * @param line 1-based
 * @param column 1-based, in code points
 */
public record Pos(String file, int line, int column) {
  public Pos withFile(String f) {
    return new Pos(f, line, column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
