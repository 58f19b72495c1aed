package io.baoxun.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import io.baoxun.value.Duration;
import io.baoxun.value.Interval;
import io.baoxun.value.NumberValue;
import io.baoxun.value.Ordinal;
import io.baoxun.value.Percent;
import io.baoxun.value.Quantity;
import io.baoxun.value.Timex;
import io.baoxun.value.Value;
import io.baoxun.value.ValueItem;
import java.math.BigDecimal;
import java.util.List;

/**
 * Values as JSON, in the encodings of the contract (CONTRACT.md, "Value encodings"):
 *
 * <ul>
 *   <li>number, ordinal: {@code {"value": 5183000}}, a range {@code {"min": 7, "max": 8}}, plus
 *       {@code "approx"} with the hedge word;
 *   <li>quantity and percent: the same plus {@code "unit"} ({@code "%"}, {@code "个百分点"} or {@code "百分点"});
 *   <li>time: {@code {"value": "XXXX-03-18TAF"}}, plus {@code "approx"} and {@code "mod"} (START,
 *       MID, END) when the text says so;
 *   <li>interval: {@code {"from": time, "to": time}};
 *   <li>duration: {@code {"value": "P14D"}} or {@code {"min": "P3D", "max": "P5D"}}, plus approx.
 * </ul>
 *
 * Numbers are JSON numbers written exactly as the decimal they are: 5183000, 88.10, never 5.183E6.
 */
public final class ValueJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private ValueJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The encoding of a value, as it stands in a fact's fields. */
  public static ObjectNode encode(Value v) {
    ObjectNode o = MAPPER.createObjectNode();
    fill(o, v);
    return o;
  }

  /**
   * One item of the {@code values} command: type, start, end and text (code points and text of the
   * ORIGINAL line), then the value's fields.
   */
  public static ObjectNode item(ValueItem item, NormalizedText text) {
    ObjectNode o = MAPPER.createObjectNode();
    Span original = text.toOriginal(item.span());
    o.put("type", item.type());
    o.put("start", original.start());
    o.put("end", original.end());
    o.put("text", text.originalText(item.span()));
    fill(o, item.value());
    return o;
  }

  /** A value's encoding as JSON text (numbers plain, as everywhere in baoxun's output). */
  public static String toJson(Value v) {
    return write(encode(v));
  }

  private static String write(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON of plain nodes cannot fail", e);
    }
  }

  /** The JSON array line the {@code values} command prints for one input line. */
  public static String line(List<ValueItem> items, NormalizedText text) {
    ArrayNode a = MAPPER.createArrayNode();
    for (ValueItem it : items) {
      a.add(item(it, text));
    }
    return write(a);
  }

  private static void fill(ObjectNode o, Value v) {
    if (v instanceof NumberValue n) {
      number(o, n);
    } else if (v instanceof Ordinal n) {
      o.set("value", plain(n.value()));
    } else if (v instanceof Quantity q) {
      number(o, q.amount());
      o.put("unit", q.unit());
      moveApproxLast(o);
    } else if (v instanceof Percent p) {
      number(o, p.amount());
      o.put("unit", p.unit());
      moveApproxLast(o);
    } else if (v instanceof Timex t) {
      time(o, t);
    } else if (v instanceof Interval i) {
      o.set("from", time(MAPPER.createObjectNode(), i.from()));
      o.set("to", time(MAPPER.createObjectNode(), i.to()));
    } else if (v instanceof Duration d) {
      if (d.max().isPresent()) {
        o.put("min", d.value());
        o.put("max", d.max().get());
      } else {
        o.put("value", d.value());
      }
      d.amount().approx().ifPresent(a -> o.put("approx", a));
    }
  }

  private static void number(ObjectNode o, NumberValue n) {
    if (n.isRange()) {
      o.set("min", plain(n.min()));
      o.set("max", plain(n.max()));
    } else {
      o.set("value", plain(n.value()));
    }
    n.approx().ifPresent(a -> o.put("approx", a));
  }

  /**
   * The number as written: a DecimalNode straight from the BigDecimal (the node factory would strip
   * 88.10 to 88.1), with no negative scale so that even {@code toString()} prints 5183000.
   */
  private static DecimalNode plain(BigDecimal d) {
    return DecimalNode.valueOf(d.scale() < 0 ? d.setScale(0) : d);
  }

  /** The contract writes {@code {"value":20000,"unit":"名","approx":"余"}}: the hedge comes last. */
  private static void moveApproxLast(ObjectNode o) {
    if (o.has("approx")) {
      o.set("approx", o.remove("approx"));
    }
  }

  private static ObjectNode time(ObjectNode o, Timex t) {
    o.put("value", t.value());
    t.approx().ifPresent(a -> o.put("approx", a));
    t.mod().ifPresent(m -> o.put("mod", m));
    return o;
  }
}
