package io.baoxun.check;

import io.baoxun.fact.FieldValue;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A check written in Java, as a pack would add one (listed in the test class path's
 * META-INF/services/io.baoxun.check.JavaCheck): no label appears twice among a breakdown's parts.
 */
public final class LabelsDistinct implements JavaCheck {
  @Override
  public String name() {
    return "labels_distinct";
  }

  @Override
  public Optional<Verdict> judge(Bindings facts) {
    FactRef b = facts.fact("b");
    if (!(b.field("parts") instanceof FieldValue.ListValue parts)) {
      return Optional.of(Verdict.skip("b.parts is missing"));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (FieldValue p : parts.items()) {
      FieldValue label = ((FieldValue.RecordValue) p).fields().get("label");
      String text = label instanceof FieldValue.Text t ? t.value() : "?";
      if (!seen.add(text)) {
        return Optional.of(Verdict.fail(text + " is listed twice"));
      }
    }
    return Optional.of(Verdict.pass(String.join(", ", seen)));
  }

  @Override
  public Optional<Set<String>> fieldsRead() {
    return Optional.of(Set.of("parts"));
  }
}
