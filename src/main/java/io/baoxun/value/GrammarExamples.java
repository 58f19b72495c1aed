package io.baoxun.value;

import io.baoxun.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the examples written in a grammar file's comments: {@code //> INPUT => EXPECTED} and
 * {@code //! INPUT} lines right above a rule belong to that rule.
 */
public final class GrammarExamples {
  private static final Pattern RULE_START = Pattern.compile("^(?:fragment\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*(?::.*)?$");
  private static final Pattern REFERENCE = Pattern.compile("^(.*?)\\s+@(\\d{4}-\\d{2}-\\d{2})$");

  private GrammarExamples() {}

  /** What reading the examples of a file gives: the examples and the lines that are malformed. */
  public record Read(List<GrammarExample> examples, List<Diagnostic> problems) {
    public Read {
      examples = List.copyOf(examples);
      problems = List.copyOf(problems);
    }
  }

  public static Read read(Path file, String displayName) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), displayName);
  }

  public static Read parse(String source, String displayName) {
    List<GrammarExample> out = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    List<String[]> pending = new ArrayList<>(); // {line number, kind, text}
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("//>") || line.startsWith("//!")) {
        pending.add(new String[] {Integer.toString(i + 1), line.substring(2, 3), line.substring(3).strip()});
        continue;
      }
      if (line.startsWith("//")) {
        continue;
      }
      Matcher m = RULE_START.matcher(line);
      if (!line.isEmpty() && m.matches() && !pending.isEmpty()) {
        for (String[] p : pending) {
          int n = Integer.parseInt(p[0]);
          try {
            out.add(example(displayName, n, m.group(1), p[1].equals("!"), p[2]));
          } catch (IllegalArgumentException e) {
            problems.add(Diagnostic.error(displayName, n, 1, e.getMessage()).withSourceLine(lines[n - 1]));
          }
        }
      } else if (!pending.isEmpty()) {
        int n = Integer.parseInt(pending.get(0)[0]);
        problems.add(Diagnostic.error(displayName, n, 1, "examples must stand right above a rule").withSourceLine(lines[n - 1]));
      }
      pending.clear();
    }
    return new Read(out, problems);
  }

  private static GrammarExample example(String file, int line, String rule, boolean negative, String body) {
    Optional<String> expected = Optional.empty();
    String left = body;
    if (!negative) {
      int arrow = body.lastIndexOf("=>");
      if (arrow < 0) {
        throw new IllegalArgumentException("a positive example needs `=> expected value`");
      }
      left = body.substring(0, arrow).strip();
      expected = Optional.of(body.substring(arrow + 2).strip());
      if (expected.get().isEmpty()) {
        throw new IllegalArgumentException("empty expected value after =>");
      }
    }
    Optional<LocalDate> reference = Optional.empty();
    Matcher r = REFERENCE.matcher(left);
    if (r.matches()) {
      try {
        reference = Optional.of(LocalDate.parse(r.group(2)));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("bad reference date @" + r.group(2));
      }
      left = r.group(1);
    }
    int open = left.indexOf("[[");
    int close = left.indexOf("]]");
    String input;
    int start;
    int end;
    if (open >= 0 || close >= 0) {
      if (open < 0 || close < open) {
        throw new IllegalArgumentException("unbalanced [[ ]]");
      }
      input = left.substring(0, open) + left.substring(open + 2, close) + left.substring(close + 2);
      start = left.codePointCount(0, open);
      end = start + left.codePointCount(open + 2, close);
    } else {
      input = left;
      start = 0;
      end = input.codePointCount(0, input.length());
    }
    if (input.isEmpty()) {
      throw new IllegalArgumentException("empty example");
    }
    return new GrammarExample(file, line, rule, input, start, end, reference, expected);
  }
}
