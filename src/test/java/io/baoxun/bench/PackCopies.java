package io.baoxun.bench;

import io.baoxun.BuiltInPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A pack with more rules, for measuring how the cost grows with their number: the built-in pack
 * plus {@code copies - 1} copies of each of its report rules (all but the value rules), each copy
 * matching a copy of its grammar rule under a new name. This is the worst case for the anchors:
 * every copy needs the same tokens as its original, so it is tried wherever the original is.
 *
 * <p>With {@code ownAnchor}, each copy of a grammar rule must also start with a word of its own
 * that the texts never hold ({@code 〔copy2〕}): the case of a pack that grows by reports of other
 * kinds, whose rules anchor on other words. The anchors then skip the copies everywhere.
 *
 * <p>Copies of grammar rules that end in a list are also let be followed by anything, as the
 * originals are (factFollow in grammar/Reports.g4), so they stop where the originals stop.
 */
public final class PackCopies {
  private static final Pattern RULE_BLOCK = Pattern.compile("(?ms)^rule (\\S+) \\{\\n.*?^\\}\\n");
  private static final Pattern MATCH = Pattern.compile("(?m)^(\\s*match )(\\w+)( leftmost)?\\s*$");

  private PackCopies() {}

  /** Writes the pack in {@code packDir} with {@code copies} of each report rule to {@code out}. */
  public static Path write(Path packDir, int copies, Path out) throws IOException {
    return write(packDir, copies, out, false);
  }

  /** As {@link #write(Path, int, Path)}; {@code ownAnchor} gives each copy a word of its own. */
  public static Path write(Path packDir, int copies, Path out, boolean ownAnchor) throws IOException {
    BuiltInPack.copy(packDir, out);
    if (copies <= 1) {
      return out;
    }
    Map<Path, String> grammars = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(out.resolve("grammar"))) {
      for (Path g : s.filter(p -> p.toString().endsWith(".g4")).sorted().toList()) {
        grammars.put(g, Files.readString(g, StandardCharsets.UTF_8));
      }
    }
    Set<String> matched = new LinkedHashSet<>();
    try (Stream<Path> s = Files.list(out.resolve("rules"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".rules")).sorted().toList()) {
        if (f.getFileName().toString().equals("values.rules")) {
          continue; // value rules are read by the name of their grammar rule: no copies
        }
        String text = Files.readString(f, StandardCharsets.UTF_8);
        StringBuilder more = new StringBuilder();
        Matcher block = RULE_BLOCK.matcher(text);
        while (block.find()) {
          Matcher m = MATCH.matcher(block.group());
          if (!m.find()) {
            continue;
          }
          matched.add(m.group(2));
          for (int k = 2; k <= copies; k++) {
            String copy = block.group().replaceFirst("^rule (\\S+) \\{", "rule $1_copy" + k + " {");
            copy = MATCH.matcher(copy).replaceFirst("$1" + m.group(2) + "_copy" + k + "$3");
            more.append('\n').append(copy);
          }
        }
        Files.writeString(f, text + more, StandardCharsets.UTF_8);
      }
    }
    Path root = rootGrammar(grammars);
    StringBuilder extra = new StringBuilder("\n// Copies for the rule-count benchmark (io.baoxun.bench.PackCopies).\n");
    List<String> follow = new ArrayList<>();
    for (String rule : matched) {
      String body = ruleBody(grammars, rule);
      for (int k = 2; k <= copies; k++) {
        String copy = ownAnchor ? withOwnWord(body, k) : body;
        extra.append(rule).append("_copy").append(k).append(copy).append('\n');
        follow.add(rule + "_copy" + k);
      }
    }
    extra.append("copyFollow : ( ").append(String.join(" | ", follow)).append(" ) .* ;\n");
    Files.writeString(root, grammars.get(root) + extra, StandardCharsets.UTF_8);
    return out;
  }

  /** {@code : A | B ;} as {@code : '〔copyK〕' ( A | B ) ;}. */
  private static String withOwnWord(String body, int k) {
    int colon = body.indexOf(':');
    int semicolon = body.lastIndexOf(';');
    return body.substring(0, colon + 1) + " '〔copy" + k + "〕' (" + body.substring(colon + 1, semicolon) + ") ;";
  }

  /** The grammar no other imports. */
  private static Path rootGrammar(Map<Path, String> grammars) {
    Set<String> imported = new LinkedHashSet<>();
    Pattern imports = Pattern.compile("(?m)^import ([^;]+);");
    for (String text : grammars.values()) {
      Matcher m = imports.matcher(text);
      while (m.find()) {
        for (String name : m.group(1).split(",")) {
          imported.add(name.strip());
        }
      }
    }
    return grammars.keySet().stream()
        .filter(p -> !imported.contains(p.getFileName().toString().replace(".g4", "")))
        .findFirst()
        .orElseThrow();
  }

  /** The text of a parser rule from its colon through its semicolon. */
  private static String ruleBody(Map<Path, String> grammars, String rule) {
    Pattern start = Pattern.compile("(?m)^" + Pattern.quote(rule) + "\\s*\\n?\\s*:");
    for (String text : grammars.values()) {
      Matcher m = start.matcher(text);
      if (!m.find()) {
        continue;
      }
      int i = m.end() - 1;
      boolean quoted = false;
      for (int j = i; j < text.length(); j++) {
        char c = text.charAt(j);
        if (quoted) {
          if (c == '\\') {
            j++;
          } else if (c == '\'') {
            quoted = false;
          }
        } else if (c == '\'') {
          quoted = true;
        } else if (c == '/' && j + 1 < text.length() && text.charAt(j + 1) == '/') {
          j = text.indexOf('\n', j);
        } else if (c == ';') {
          return " " + text.substring(i, j + 1);
        }
      }
    }
    throw new IllegalArgumentException("no grammar rule " + rule);
  }
}
