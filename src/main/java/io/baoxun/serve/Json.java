package io.baoxun.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Small JSON documents written with Jackson's streaming generator, numbers as the contract has them. */
final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private Json() {}

  /** A JSON object whose fields {@code body} writes. */
  static String object(Body body) {
    return write(g -> {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    });
  }

  static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
