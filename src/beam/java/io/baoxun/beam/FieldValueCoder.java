package io.baoxun.beam;

import io.baoxun.fact.FieldValue;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;

/**
 * Encodes a field value exactly, decimals with their scale ({@code 88.10} stays {@code 88.10}), so
 * a check across documents judges on another worker what the document's worker saw.
 */
public final class FieldValueCoder extends AtomicCoder<FieldValue> {
  private static final FieldValueCoder INSTANCE = new FieldValueCoder();

  private static final int NULL = 0;
  private static final int TEXT = 1;
  private static final int NUMBER = 2;
  private static final int LIST = 3;
  private static final int RECORD = 4;
  private static final int QUANTITY = 5;
  private static final int TIME = 6;
  private static final int INTERVAL = 7;
  private static final int DURATION = 8;
  private static final int PERSON = 9;

  private FieldValueCoder() {}

  public static FieldValueCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(FieldValue value, OutputStream out) throws IOException {
    write(value, new DataOutputStream(out));
  }

  @Override
  public FieldValue decode(InputStream in) throws IOException {
    return read(new DataInputStream(in));
  }

  @Override
  public void verifyDeterministic() {
    // Every kind is written field by field in a fixed order; records keep their written order.
  }

  static void write(FieldValue v, DataOutputStream out) throws IOException {
    if (v instanceof FieldValue.Null) {
      out.writeByte(NULL);
    } else if (v instanceof FieldValue.Text t) {
      out.writeByte(TEXT);
      str(out, t.value());
    } else if (v instanceof FieldValue.Number n) {
      out.writeByte(NUMBER);
      decimal(n.value(), out);
    } else if (v instanceof FieldValue.ListValue l) {
      out.writeByte(LIST);
      out.writeInt(l.items().size());
      for (FieldValue item : l.items()) {
        write(item, out);
      }
    } else if (v instanceof FieldValue.RecordValue r) {
      out.writeByte(RECORD);
      fields(r.fields(), out);
    } else if (v instanceof FieldValue.Quantity q) {
      out.writeByte(QUANTITY);
      decimal(q.value(), out);
      decimal(q.min(), out);
      decimal(q.max(), out);
      str(out, q.unit());
      optional(q.approx(), out);
    } else if (v instanceof FieldValue.Time t) {
      out.writeByte(TIME);
      str(out, t.value());
    } else if (v instanceof FieldValue.Interval i) {
      out.writeByte(INTERVAL);
      str(out, i.from().value());
      str(out, i.to().value());
    } else if (v instanceof FieldValue.Duration d) {
      out.writeByte(DURATION);
      str(out, d.value());
    } else if (v instanceof FieldValue.Person p) {
      out.writeByte(PERSON);
      str(out, p.name());
      optional(p.role(), out);
    } else {
      throw new CoderException("no encoding for field value " + v.getClass().getName());
    }
  }

  static FieldValue read(DataInputStream in) throws IOException {
    int kind = in.readByte();
    switch (kind) {
      case NULL:
        return FieldValue.Null.INSTANCE;
      case TEXT:
        return new FieldValue.Text(str(in));
      case NUMBER:
        return new FieldValue.Number(decimal(in));
      case LIST:
        int n = in.readInt();
        List<FieldValue> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          items.add(read(in));
        }
        return new FieldValue.ListValue(items);
      case RECORD:
        return new FieldValue.RecordValue(fields(in));
      case QUANTITY:
        return new FieldValue.Quantity(decimal(in), decimal(in), decimal(in), str(in), optional(in));
      case TIME:
        return new FieldValue.Time(str(in));
      case INTERVAL:
        return new FieldValue.Interval(new FieldValue.Time(str(in)), new FieldValue.Time(str(in)));
      case DURATION:
        return new FieldValue.Duration(str(in));
      case PERSON:
        return new FieldValue.Person(str(in), optional(in));
      default:
        throw new CoderException("unknown field value kind " + kind);
    }
  }

  /** Named values in their written order. */
  static void fields(Map<String, FieldValue> fields, DataOutputStream out) throws IOException {
    out.writeInt(fields.size());
    for (Map.Entry<String, FieldValue> e : fields.entrySet()) {
      str(out, e.getKey());
      write(e.getValue(), out);
    }
  }

  static Map<String, FieldValue> fields(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, FieldValue> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String name = str(in);
      out.put(name, read(in));
    }
    return out;
  }

  private static void decimal(BigDecimal d, DataOutputStream out) throws IOException {
    out.writeBoolean(d != null);
    if (d != null) {
      byte[] unscaled = d.unscaledValue().toByteArray();
      out.writeInt(d.scale());
      out.writeInt(unscaled.length);
      out.write(unscaled);
    }
  }

  private static BigDecimal decimal(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    int scale = in.readInt();
    byte[] unscaled = new byte[in.readInt()];
    in.readFully(unscaled);
    return new BigDecimal(new BigInteger(unscaled), scale);
  }

  private static void optional(String s, DataOutputStream out) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      str(out, s);
    }
  }

  private static String optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? str(in) : null;
  }

  /** A string of any length (writeUTF stops at 64 KB), as UTF-8 after its byte count. */
  static void str(DataOutputStream out, String s) throws IOException {
    bytes(out, s.getBytes(StandardCharsets.UTF_8));
  }

  static String str(DataInputStream in) throws IOException {
    return new String(bytes(in), StandardCharsets.UTF_8);
  }

  static void bytes(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  static byte[] bytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new CoderException("negative length " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }
}
