package io.baoxun.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A fact's fields as a brat note: {@code name=value} entries separated by {@code ;}, the fact's rule
 * first.
 *
 * <pre>rule=bulletin.testing_progress; asOf.value=XXXX-03-20T12:00; region=莘县; completed.value=794000; completed.unit=人次; ratio=null</pre>
 *
 * <ul>
 *   <li>A name is a field; a dotted name ({@code completed.value}) is a key inside it, so a
 *       quantity is {@code completed.value=794000; completed.unit=人次} and reads back as {@code
 *       {"value":794000,"unit":"人次"}}.
 *   <li>A value that starts with {@code "}, {@code [} or {@code {} is JSON ({@code
 *       reporters=[{"name":"李平","role":"通讯员"}]}, {@code headline="2022 年"}); {@code null},
 *       {@code true}, {@code false} and numbers are themselves; anything else is text, as written,
 *       trimmed.
 *   <li>{@code rule} names the rule that made the fact (never a field: it is a keyword of the rule
 *       language).
 * </ul>
 *
 * The same syntax serves brat attributes: {@code A1 completed.value T1 794000}.
 */
public final class BratNotes {
  /** The note's key for the rule that made the fact. */
  public static final String RULE = "rule";

  private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*");
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  /** Decimals read exactly, so 88.10 keeps its written precision. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private BratNotes() {}

  /** A note or attribute that does not read; the message says what is wrong, without a location. */
  public static final class Malformed extends Exception {
    public Malformed(String message) {
      super(message);
    }
  }

  /** The note for a fact: its rule (when not empty), then its fields, nested keys dotted. */
  public static String format(String rule, JsonNode fields) {
    List<String> entries = new ArrayList<>();
    if (!rule.isEmpty()) {
      entries.add(RULE + "=" + rule);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      flatten(e.getKey(), e.getValue(), entries);
    }
    return String.join("; ", entries);
  }

  private static void flatten(String path, JsonNode v, List<String> out) {
    if (v.isObject() && v.size() > 0) {
      v.fields().forEachRemaining(e -> flatten(path + "." + e.getKey(), e.getValue(), out));
    } else {
      out.add(path + "=" + value(v));
    }
  }

  /** A value as a note writes it: text bare where it reads back as the same text, else JSON. */
  static String value(JsonNode v) {
    if (v.isTextual()) {
      String s = v.asText();
      return isBare(s) ? s : json(v);
    }
    if (v.isNumber()) {
      return v.decimalValue().toPlainString();
    }
    return json(v);
  }

  private static boolean isBare(String s) {
    if (s.isEmpty() || !s.strip().equals(s) || NUMBER.matcher(s).matches()) {
      return false;
    }
    if (s.equals("null") || s.equals("true") || s.equals("false")) {
      return false;
    }
    char first = s.charAt(0);
    // A line of a .ann file holds no tab or line break; ; separates entries.
    return first != '"' && first != '[' && first != '{' && s.chars().noneMatch(c -> c == ';' || c == '\t' || c == '\n' || c == '\r');
  }

  private static String json(JsonNode v) {
    try {
      return JSON.writeValueAsString(v);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON of a tree cannot fail", e);
    }
  }

  /**
   * Reads a note's entries into {@code fields}; returns the rule it names, or null.
   *
   * @throws Malformed when an entry is not {@code name=value}, a JSON value does not parse, or a
   *     field is given twice
   */
  public static String parseInto(String note, ObjectNode fields) throws Malformed {
    String rule = null;
    for (String entry : entries(note)) {
      int eq = entry.indexOf('=');
      String name = eq < 0 ? entry.strip() : entry.substring(0, eq).strip();
      if (eq < 0 || !PATH.matcher(name).matches()) {
        throw new Malformed("note entry '" + entry.strip() + "' is not name=value");
      }
      String raw = entry.substring(eq + 1).strip();
      if (name.equals(RULE)) {
        rule = raw;
      } else {
        set(fields, name, parseValue(raw));
      }
    }
    return rule;
  }

  /** A value in the note syntax: JSON when it starts like JSON, a scalar literal, else text. */
  public static JsonNode parseValue(String raw) throws Malformed {
    String s = raw.strip();
    if (s.isEmpty()) {
      return JSON.getNodeFactory().textNode("");
    }
    char first = s.charAt(0);
    if (first == '"' || first == '[' || first == '{' || NUMBER.matcher(s).matches()
        || s.equals("null") || s.equals("true") || s.equals("false")) {
      try {
        return JSON.readTree(s);
      } catch (JsonProcessingException e) {
        throw new Malformed("'" + s + "' is not valid JSON: " + e.getOriginalMessage());
      }
    }
    return JSON.getNodeFactory().textNode(s);
  }

  /** Sets {@code a.b.c} in {@code root}, making the objects on the way. */
  public static void set(ObjectNode root, String path, JsonNode value) throws Malformed {
    String[] keys = path.split("\\.");
    ObjectNode at = root;
    for (int i = 0; i < keys.length - 1; i++) {
      JsonNode next = at.get(keys[i]);
      if (next == null) {
        next = at.putObject(keys[i]);
      } else if (!next.isObject()) {
        throw new Malformed("'" + String.join(".", java.util.Arrays.copyOf(keys, i + 1)) + "' has a value and parts");
      }
      at = (ObjectNode) next;
    }
    String last = keys[keys.length - 1];
    if (at.has(last)) {
      throw new Malformed("'" + path + "' is given twice");
    }
    at.set(last, value);
  }

  /** The entries of a note: split at {@code ;}, except inside a JSON value. */
  private static List<String> entries(String note) {
    List<String> out = new ArrayList<>();
    int from = 0;
    boolean inValue = false;
    int i = 0;
    while (i < note.length()) {
      char c = note.charAt(i);
      if (c == ';') {
        out.add(note.substring(from, i));
        from = i + 1;
        inValue = false;
      } else if (!inValue && c == '=') {
        inValue = true;
        int j = i + 1;
        while (j < note.length() && Character.isWhitespace(note.charAt(j))) {
          j++;
        }
        if (j < note.length() && "\"[{".indexOf(note.charAt(j)) >= 0) {
          i = endOfJson(note, j);
          continue;
        }
      }
      i++;
    }
    out.add(note.substring(from));
    out.removeIf(String::isBlank);
    return out;
  }

  /** Where the JSON value starting at {@code i} ends (the note's end when it does not close). */
  private static int endOfJson(String s, int i) {
    int depth = 0;
    boolean inString = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            return i + 1;
          }
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return s.length();
  }
}
