package io.baoxun.beam;

import io.baoxun.pipeline.Input;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;

/** Encodes a {@link PlacedInput}: its place, then which kind of input, its name and its payload. */
public final class PlacedInputCoder extends AtomicCoder<PlacedInput> {
  private static final PlacedInputCoder INSTANCE = new PlacedInputCoder();

  private static final int BYTES = 0;
  private static final int TEXT = 1;
  private static final int UNREADABLE = 2;

  private PlacedInputCoder() {}

  public static PlacedInputCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(PlacedInput value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    places(value.place(), out);
    Input in = value.input();
    if (in instanceof Input.Bytes b) {
      out.writeByte(BYTES);
      FieldValueCoder.str(out, b.name());
      FieldValueCoder.bytes(out, b.bytes());
    } else if (in instanceof Input.Text t) {
      out.writeByte(TEXT);
      FieldValueCoder.str(out, t.name());
      FieldValueCoder.str(out, t.text());
    } else {
      Input.Unreadable u = (Input.Unreadable) in;
      out.writeByte(UNREADABLE);
      FieldValueCoder.str(out, u.name());
      FieldValueCoder.str(out, u.message());
    }
    out.flush();
  }

  @Override
  public PlacedInput decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    List<Integer> place = places(in);
    int kind = in.readByte();
    String name = FieldValueCoder.str(in);
    Input input =
        switch (kind) {
          case BYTES -> new Input.Bytes(name, FieldValueCoder.bytes(in));
          case TEXT -> new Input.Text(name, FieldValueCoder.str(in));
          case UNREADABLE -> new Input.Unreadable(name, FieldValueCoder.str(in));
          default -> throw new CoderException("unknown input kind " + kind);
        };
    return new PlacedInput(place, input);
  }

  @Override
  public void verifyDeterministic() {
    // Written field by field in a fixed order.
  }

  static void places(List<Integer> place, DataOutputStream out) throws IOException {
    out.writeInt(place.size());
    for (int p : place) {
      out.writeInt(p);
    }
  }

  static List<Integer> places(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Integer> place = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      place.add(in.readInt());
    }
    return place;
  }
}
