package io.baoxun.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.fact.Fact;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.ReadContext;
import io.baoxun.pipeline.DocumentFacts;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.NormalizedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packs the rule-count benchmark runs load, and find what the built-in pack finds: a copy of a
 * rule loses every overlap to its original (written first), and a copy with a word of its own
 * never matches the seeds. Otherwise the benchmark would time something else than more rules.
 */
class PackCopiesTest {
  @TempDir Path tmp;

  @Test
  void copiesFindWhatThePackFinds() throws Exception {
    String page = Files.readString(Path.of("seeds/000_346f90c6c90c1c6c.txt"), StandardCharsets.UTF_8);
    List<Fact> original = facts(PackLoader.load(Path.of(".")), page);

    Pack same = PackLoader.load(PackCopies.write(Path.of("."), 3, tmp.resolve("same"), false));
    Pack own = PackLoader.load(PackCopies.write(Path.of("."), 3, tmp.resolve("own"), true));

    assertThat(same.rules().size()).isGreaterThan(2 * PackLoader.load(Path.of(".")).rules().size());
    assertThat(own.rules()).hasSameSizeAs(same.rules());
    // Every report rule is copied, the way it matches included (match official leftmost).
    assertThat(same.rules()).filteredOn(r -> r.id().equals("bulletin.official_copy3"))
        .singleElement().satisfies(r -> assertThat(r.leftmost()).isTrue());
    assertThat(original).hasSizeGreaterThan(100);
    assertThat(facts(same, page)).isEqualTo(original);
    assertThat(facts(own, page)).isEqualTo(original);
  }

  private static List<Fact> facts(Pack pack, String page) {
    NormalizedText text = NormalizedText.of(page);
    return DocumentFacts.of("page", text, new Segmenter().segment(text), pack.newEngine(), ReadContext.NONE).facts();
  }
}
