package io.baoxun.regress;

import com.fasterxml.jackson.databind.JsonNode;
import io.baoxun.text.Span;

/**
 * A fact as JSON Lines carry it, gold or predicted: enough to compare the two.
 *
 * @param rule the rule that made it, or "" when the record names none (hand-made gold)
 * @param fields the {@code fields} object as written
 */
public record GoldFact(String doc, String type, String rule, Span span, String text, JsonNode fields) {

  /** Reads a contract fact record; returns null for records of other kinds. */
  public static GoldFact fromRecord(JsonNode rec) {
    if (rec == null || !"fact".equals(rec.path("kind").asText("fact")) || !rec.has("type")) {
      return null;
    }
    return new GoldFact(
        rec.path("doc").asText(),
        rec.get("type").asText(),
        rec.path("rule").asText(""),
        new Span(rec.path("start").asInt(), rec.path("end").asInt()),
        rec.path("text").asText(),
        rec.path("fields"));
  }
}
