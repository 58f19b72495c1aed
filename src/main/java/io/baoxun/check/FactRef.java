package io.baoxun.check;

import com.google.common.collect.ImmutableMap;
import io.baoxun.fact.FieldValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A fact as checks see it: which document and article it is in, its place among the document's
 * facts (its output id), its type and its fields.
 *
 * @param index its place in the document's facts in output order: id {@code f(index+1)}
 * @param article the index of the article (any kind: story, caption, box) it lies in, or -1
 * @param articleDate the date that article's dateline states ({@code article.date}), or null
 */
public record FactRef(
    String doc, int index, int article, FieldValue articleDate, String type, Map<String, FieldValue> fields) {
  public FactRef {
    fields = ImmutableMap.copyOf(fields); // no copy of a fact's fields, which are immutable already
    java.util.Objects.requireNonNull(articleDate);
  }

  /** The id the output gives the fact at {@code index} of a document's ordered facts. */
  public static String idOf(int index) {
    return "f" + (index + 1);
  }

  public String id() {
    return idOf(index);
  }

  /** {@code doc#id}, as findings across documents name facts. */
  public String qualifiedId() {
    return doc + "#" + id();
  }

  public FieldValue field(String name) {
    return fields.getOrDefault(name, FieldValue.Null.INSTANCE);
  }

  /** The same fact keeping only the fields named (what a check across documents needs). */
  public FactRef keeping(Set<String> names) {
    Map<String, FieldValue> kept = new LinkedHashMap<>();
    fields.forEach((k, v) -> {
      if (names.contains(k)) {
        kept.put(k, v);
      }
    });
    return new FactRef(doc, index, article, articleDate, type, kept);
  }
}
