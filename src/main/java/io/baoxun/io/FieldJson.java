package io.baoxun.io;

import com.fasterxml.jackson.core.JsonGenerator;
import io.baoxun.fact.FieldValue;
import java.io.IOException;
import java.util.Map;

/** Writes fact field values in the contract's encodings. */
public final class FieldJson {
  private FieldJson() {}

  public static void write(JsonGenerator g, FieldValue v) throws IOException {
    if (v instanceof FieldValue.Null) {
      g.writeNull();
    } else if (v instanceof FieldValue.Text t) {
      g.writeString(t.value());
    } else if (v instanceof FieldValue.Number n) {
      g.writeNumber(n.value());
    } else if (v instanceof FieldValue.Quantity q) {
      g.writeStartObject();
      if (q.value() != null) {
        g.writeFieldName("value");
        g.writeNumber(q.value());
      } else {
        g.writeFieldName("min");
        g.writeNumber(q.min());
        g.writeFieldName("max");
        g.writeNumber(q.max());
      }
      g.writeStringField("unit", q.unit());
      if (q.approx() != null) {
        g.writeStringField("approx", q.approx());
      }
      g.writeEndObject();
    } else if (v instanceof FieldValue.Time t) {
      g.writeStartObject();
      g.writeStringField("value", t.value());
      g.writeEndObject();
    } else if (v instanceof FieldValue.Duration d) {
      g.writeStartObject();
      g.writeStringField("value", d.value());
      g.writeEndObject();
    } else if (v instanceof FieldValue.Interval i) {
      g.writeStartObject();
      g.writeFieldName("from");
      write(g, i.from());
      g.writeFieldName("to");
      write(g, i.to());
      g.writeEndObject();
    } else if (v instanceof FieldValue.Person p) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      if (p.role() == null) {
        g.writeNullField("role");
      } else {
        g.writeStringField("role", p.role());
      }
      g.writeEndObject();
    } else if (v instanceof FieldValue.ListValue l) {
      g.writeStartArray();
      for (FieldValue item : l.items()) {
        write(g, item);
      }
      g.writeEndArray();
    } else if (v instanceof FieldValue.RecordValue r) {
      writeFields(g, r.fields());
    } else {
      throw new IllegalArgumentException("no JSON encoding for " + v.getClass());
    }
  }

  public static void writeFields(JsonGenerator g, Map<String, FieldValue> fields) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, FieldValue> e : fields.entrySet()) {
      g.writeFieldName(e.getKey());
      write(g, e.getValue());
    }
    g.writeEndObject();
  }
}
