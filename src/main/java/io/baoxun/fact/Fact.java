package io.baoxun.fact;

import static com.google.common.base.Preconditions.checkNotNull;

import io.baoxun.text.Span;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A typed fact found in a document.
 *
 * @param span code point offsets into the ORIGINAL text
 * @param text exactly the original text under {@code span}
 * @param fields field values in the order the fact type declares them
 */
public record Fact(String type, String rule, Span span, String text, Map<String, FieldValue> fields) {
  public Fact {
    checkNotNull(type);
    checkNotNull(rule);
    checkNotNull(span);
    checkNotNull(text);
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
