package io.baoxun.beam;

import io.baoxun.check.Bindings;
import io.baoxun.check.CrossDocumentChecker;
import io.baoxun.check.FactRef;
import io.baoxun.fact.FieldValue;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;

/** Encodes a {@link PlacedKept}: the place, the check and key, the kept fact, its bound value and order. */
public final class PlacedKeptCoder extends AtomicCoder<PlacedKept> {
  private static final PlacedKeptCoder INSTANCE = new PlacedKeptCoder();

  private PlacedKeptCoder() {}

  public static PlacedKeptCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(PlacedKept value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    PlacedInputCoder.places(value.place(), out);
    CrossDocumentChecker.Kept k = value.kept();
    out.writeInt(k.check());
    out.writeInt(k.key().size());
    for (String part : k.key()) {
      FieldValueCoder.str(out, part);
    }
    FactRef f = k.one().fact();
    FieldValueCoder.str(out, f.doc());
    out.writeInt(f.index());
    out.writeInt(f.article());
    FieldValueCoder.write(f.articleDate(), out);
    FieldValueCoder.str(out, f.type());
    FieldValueCoder.fields(f.fields(), out);
    // The bound value is null when the name stands for the fact itself.
    out.writeBoolean(k.one().value() != null);
    if (k.one().value() != null) {
      FieldValueCoder.write(k.one().value(), out);
    }
    FieldValueCoder.write(k.order(), out);
    out.flush();
  }

  @Override
  public PlacedKept decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    List<Integer> place = PlacedInputCoder.places(in);
    int check = in.readInt();
    int parts = in.readInt();
    List<String> key = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      key.add(FieldValueCoder.str(in));
    }
    String doc = FieldValueCoder.str(in);
    int index = in.readInt();
    int article = in.readInt();
    FieldValue articleDate = FieldValueCoder.read(in);
    String type = FieldValueCoder.str(in);
    FactRef fact = new FactRef(doc, index, article, articleDate, type, FieldValueCoder.fields(in));
    FieldValue value = in.readBoolean() ? FieldValueCoder.read(in) : null;
    FieldValue order = FieldValueCoder.read(in);
    return new PlacedKept(place, new CrossDocumentChecker.Kept(check, key, new Bindings.One(fact, value), order));
  }

  @Override
  public void verifyDeterministic() {
    // Written field by field in a fixed order; fields in their written order.
  }
}
