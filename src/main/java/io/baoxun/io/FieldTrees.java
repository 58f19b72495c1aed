package io.baoxun.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baoxun.fact.FieldValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A fact's fields as a JSON tree in the contract's encodings (what {@code fields} holds in JSON
 * Lines), for the formats that lay them out differently: brat notes, CSV columns.
 */
final class FieldTrees {
  private static final JsonFactory PLAIN =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  /** Decimals read exactly, so 88.10 keeps its written precision. */
  private static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private FieldTrees() {}

  static ObjectNode of(Map<String, FieldValue> fields) {
    StringWriter json = new StringWriter();
    try (JsonGenerator g = PLAIN.createGenerator(json)) {
      FieldJson.writeFields(g, fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return (ObjectNode) EXACT.readTree(json.toString());
    } catch (IOException e) {
      throw new IllegalStateException("baoxun's own JSON does not read back: " + json, e);
    }
  }
}
