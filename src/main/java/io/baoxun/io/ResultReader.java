package io.baoxun.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.baoxun.check.Finding;
import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.rule.FactType;
import io.baoxun.rule.Field;
import io.baoxun.rule.Pack;
import io.baoxun.rule.RecordType;
import io.baoxun.rule.Type;
import io.baoxun.text.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one processed document back from the JSON Lines {@link JsonLinesWriter} wrote for it: its
 * {@code document} record, facts and findings. Field values are read as the pack declares them
 * (a record that looks like a quantity stays a record), so checks across documents see them as
 * they were when found.
 *
 * <p>A document is read back only when writing it again gives exactly the same lines; anything
 * else (another version wrote it, a line was edited) gives empty, and the document is processed
 * again. Nothing wrong can be copied forward that way.
 */
public final class ResultReader {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  /** TIMEX3 durations (P3M, PT24H); a time such as PRESENT_REF is no duration. */
  private static final Pattern DURATION = Pattern.compile("P(T?\\d.*)");

  private final Map<String, FactType> factTypes;
  private final Map<String, RecordType> recordTypes;

  public ResultReader(Pack pack) {
    this.factTypes = pack.factTypes();
    this.recordTypes = pack.recordTypes();
  }

  /** The document the lines (each without its line break) stand for, if they round-trip exactly. */
  public Optional<DocumentResult> read(List<String> lines) {
    try {
      DocumentResult r = parse(lines);
      StringWriter again = new StringWriter();
      new JsonLinesWriter(again).accept(r);
      String want = String.join("\n", lines) + "\n";
      return again.toString().equals(want) ? Optional.of(r) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Whatever does not read back is processed again: the cost of a document, never a wrong one.
      return Optional.empty();
    }
  }

  private DocumentResult parse(List<String> lines) throws IOException {
    Iterator<String> it = lines.iterator();
    JsonNode head = JSON.readTree(it.next());
    String doc = text(head, "doc");
    if (!"document".equals(text(head, "kind"))) {
      throw new IOException("not a document record");
    }
    List<Fact> facts = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    while (it.hasNext()) {
      JsonNode n = JSON.readTree(it.next());
      if (!doc.equals(text(n, "doc"))) {
        throw new IOException("a record of another document");
      }
      switch (text(n, "kind")) {
        case "fact" -> facts.add(fact(n));
        case "finding" -> findings.add(finding(n));
        default -> throw new IOException("unexpected record");
      }
    }
    return new DocumentResult.Processed(
        doc, text(head, "encoding"), head.get("chars").intValue(), head.get("articles").intValue(), facts, findings);
  }

  private Fact fact(JsonNode n) throws IOException {
    String type = text(n, "type");
    JsonNode fields = n.get("fields");
    if (fields == null || !fields.isObject()) {
      throw new IOException("no fields");
    }
    FactType declared = factTypes.get(type);
    Map<String, FieldValue> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> f = fields.fields(); f.hasNext(); ) {
      Map.Entry<String, JsonNode> e = f.next();
      Optional<Field> field = declared == null || declared.isValueFact() ? Optional.empty() : declared.field(e.getKey());
      values.put(
          e.getKey(),
          field.isPresent() ? typed(e.getValue(), field.get().type()) : valueFactField(e.getKey(), e.getValue()));
    }
    Span span = new Span(n.get("start").intValue(), n.get("end").intValue());
    return new Fact(type, text(n, "rule"), span, text(n, "text"), values);
  }

  private static Finding finding(JsonNode n) throws IOException {
    List<String> ids = new ArrayList<>();
    JsonNode facts = n.get("facts");
    if (facts == null || !facts.isArray()) {
      throw new IOException("no facts");
    }
    for (JsonNode id : facts) {
      ids.add(id.textValue());
    }
    JsonNode severity = n.get("severity");
    return new Finding(
        text(n, "check"), text(n, "status"), ids, text(n, "message"), severity == null ? null : severity.textValue());
  }

  /**
   * A field of a value fact (its value's encoding spread over the fields: value, unit, from, to,
   * name, role...) or of a fact the pack does not declare ({@code Article}).
   */
  private static FieldValue valueFactField(String key, JsonNode v) throws IOException {
    if ((key.equals("from") || key.equals("to")) && v.isObject()) {
      return time(v);
    }
    return shaped(v);
  }

  /** A value read as the declared type says. */
  private FieldValue typed(JsonNode v, Type type) throws IOException {
    if (v.isNull()) {
      return FieldValue.Null.INSTANCE;
    }
    if (type instanceof Type.ListOf l) {
      if (!v.isArray()) {
        throw new IOException("not a list");
      }
      List<FieldValue> items = new ArrayList<>();
      for (JsonNode item : v) {
        items.add(typed(item, l.item()));
      }
      return new FieldValue.ListValue(items);
    }
    if (type instanceof Type.Rec r && recordTypes.containsKey(r.name()) && v.isObject()) {
      RecordType rec = recordTypes.get(r.name());
      Map<String, FieldValue> fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> f = v.fields(); f.hasNext(); ) {
        Map.Entry<String, JsonNode> e = f.next();
        Optional<Field> field = rec.field(e.getKey());
        fields.put(e.getKey(), field.isPresent() ? typed(e.getValue(), field.get().type()) : shaped(e.getValue()));
      }
      return new FieldValue.RecordValue(fields);
    }
    if (type instanceof Type.Prim p) {
      return switch (p) {
        case TEXT -> new FieldValue.Text(textValue(v));
        case NUMBER -> number(v);
        case QUANTITY, PERCENT -> quantity(v);
        case TIME, INTERVAL, DURATION -> v.has("from") ? interval(v) : p == Type.Prim.DURATION ? duration(v) : time(v);
        case PERSON -> person(v);
        case BOOL -> throw new IOException("no field is a condition");
      };
    }
    return shaped(v);
  }

  /** A value read by its form alone, where no declaration says more. */
  private static FieldValue shaped(JsonNode v) throws IOException {
    if (v.isNull()) {
      return FieldValue.Null.INSTANCE;
    }
    if (v.isTextual()) {
      return new FieldValue.Text(v.textValue());
    }
    if (v.isNumber()) {
      return number(v);
    }
    if (v.isArray()) {
      List<FieldValue> items = new ArrayList<>();
      for (JsonNode item : v) {
        items.add(shaped(item));
      }
      return new FieldValue.ListValue(items);
    }
    if (!v.isObject()) {
      throw new IOException("no field value is " + v.getNodeType());
    }
    List<String> keys = new ArrayList<>();
    v.fieldNames().forEachRemaining(keys::add);
    if (keys.contains("unit") && (v.path("value").isNumber() || v.path("min").isNumber())
        && List.of("value", "min", "max", "unit", "approx").containsAll(keys)) {
      return quantity(v);
    }
    if (keys.equals(List.of("value")) && v.get("value").isTextual()) {
      return DURATION.matcher(v.get("value").textValue()).matches() ? duration(v) : time(v);
    }
    if (keys.equals(List.of("from", "to"))) {
      return interval(v);
    }
    if (keys.equals(List.of("name", "role"))) {
      return person(v);
    }
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    for (String k : keys) {
      fields.put(k, shaped(v.get(k)));
    }
    return new FieldValue.RecordValue(fields);
  }

  private static FieldValue.Quantity quantity(JsonNode v) throws IOException {
    JsonNode approx = v.get("approx");
    return new FieldValue.Quantity(
        v.has("value") ? number(v.get("value")).value() : null,
        v.has("min") ? number(v.get("min")).value() : null,
        v.has("max") ? number(v.get("max")).value() : null,
        textValue(v.get("unit")),
        approx == null || approx.isNull() ? null : textValue(approx));
  }

  private static FieldValue.Time time(JsonNode v) throws IOException {
    return new FieldValue.Time(textValue(v.get("value")));
  }

  private static FieldValue.Duration duration(JsonNode v) throws IOException {
    return new FieldValue.Duration(textValue(v.get("value")));
  }

  private static FieldValue.Interval interval(JsonNode v) throws IOException {
    return new FieldValue.Interval(time(v.get("from")), time(v.get("to")));
  }

  private static FieldValue.Person person(JsonNode v) throws IOException {
    JsonNode role = v.get("role");
    return new FieldValue.Person(textValue(v.get("name")), role == null || role.isNull() ? null : textValue(role));
  }

  private static FieldValue.Number number(JsonNode v) throws IOException {
    if (v == null || !v.isNumber()) {
      throw new IOException("not a number");
    }
    return new FieldValue.Number(v.decimalValue());
  }

  private static String textValue(JsonNode v) throws IOException {
    if (v == null || !v.isTextual()) {
      throw new IOException("not a string");
    }
    return v.textValue();
  }

  private static String text(JsonNode record, String name) throws IOException {
    return textValue(record.get(name));
  }
}
