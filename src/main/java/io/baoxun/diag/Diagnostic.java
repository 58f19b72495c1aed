package io.baoxun.diag;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A problem in a pack file, at a place a rule author can go to.
 *
 * @param file the path as the user should see it
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column in code points, or 0 when unknown
 * @param sourceLine the text of the line, for the caret display, if known
 */
public record Diagnostic(
    Severity severity, String file, int line, int column, String message, Optional<String> sourceLine) {

  public enum Severity {
    ERROR,
    WARNING;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Diagnostic {
    checkNotNull(severity);
    checkNotNull(file);
    checkNotNull(message);
    checkArgument(line >= 0 && column >= 0, "line %s column %s", line, column);
  }

  public static Diagnostic error(String file, int line, int column, String message) {
    return new Diagnostic(Severity.ERROR, file, line, column, message, Optional.empty());
  }

  public Diagnostic withSourceLine(String text) {
    return new Diagnostic(severity, file, line, column, message, Optional.of(text));
  }

  /** {@code path:line:column: error: message}, the form editors and CI logs link to. */
  public String headline() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(severity).append(": ").append(message).toString();
  }

  /**
   * The headline, then the source line and a caret under the column. Wide (CJK) characters before
   * the column are padded with an ideographic space so the caret lands under the right character in
   * a terminal.
   */
  public String render() {
    if (sourceLine.isEmpty() || column == 0) {
      return headline();
    }
    String src = sourceLine.get();
    StringBuilder pad = new StringBuilder();
    int cp = 0;
    for (int i = 0; i < src.length() && cp < column - 1; cp++) {
      int c = src.codePointAt(i);
      pad.append(c == '\t' ? '\t' : isWide(c) ? '\u3000' : ' ');
      i += Character.charCount(c);
    }
    return headline() + "\n" + src + "\n" + pad + "^";
  }

  private static boolean isWide(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF01 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x2E80 && c <= 0x2FDF)
        || c == 0x201C || c == 0x201D || c == 0x2026 || c == 0x2014;
  }

  @Override
  public String toString() {
    return headline();
  }
}
