package io.baoxun.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Input;
import io.baoxun.pipeline.Limits;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.ReadContext;
import io.baoxun.text.NormalizedText;
import io.baoxun.value.ValueFinder;
import io.baoxun.value.ValueItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs the fuzz targets found breaking something, each kept as a regression test. (Rule files
 * and grammars nested beyond reason are in DeepRuleFileTest and DeclarativePackTest.)
 */
class FoundByFuzzingTest {
  private static Pack pack;

  @BeforeAll
  static void load() throws Exception {
    pack = PackLoader.load(Path.of("."));
  }

  /** InputFuzzTest.findingValuesLong: a year of 13 digits was parsed as an int and threw. */
  @ParameterizedTest
  @ValueSource(strings = {"0202020202022 年", "截至0202020202022年3月18日，新增5例", "99999999999年", "2022年"})
  void yearsOfAnyLengthAreReadOrLeft(String text) {
    List<ValueItem> items = new ValueFinder(pack.grammar()).find(NormalizedText.of(text).text(), Optional.empty());
    assertThat(items).allSatisfy(i -> assertThat(i.value().display()).isNotBlank());
    DocumentResult r = new DocumentProcessor(pack, ReadContext.NONE, Limits.DEFAULT).process(new Input.Text("t", text));
    assertThat(r).isInstanceOf(DocumentResult.Processed.class);
  }
}
