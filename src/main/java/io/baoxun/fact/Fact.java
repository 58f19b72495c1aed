package io.baoxun.fact;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.baoxun.text.Span;
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
    // Immutable, in the given order; whoever takes the fields on (FactRef) keeps them uncopied.
    fields = ImmutableMap.copyOf(fields);
  }
}
