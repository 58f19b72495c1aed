package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
  @Test
  void nearestWithinTwoEditsCountingASwapAsOne() {
    assertThat(Suggest.nearest("ratoi", List.of("ratio", "region", "asOf"))).contains("ratio");
    assertThat(Suggest.nearest("progres", List.of("progress", "place"))).contains("progress");
    assertThat(Suggest.nearest("completed", List.of("ratio"))).isEmpty();
  }

  @Test
  void neverReplacesAWholeShortName() {
    assertThat(Suggest.nearest("y", List.of("x"))).isEmpty();
    assertThat(Suggest.nearest("ab", List.of("xy"))).isEmpty();
  }

  @Test
  void hintListsFewKnownNamesWhenNoneIsNear() {
    assertThat(Suggest.hint("zz", List.of("b", "a"), "$")).isEqualTo(" (known: $a, $b)");
    assertThat(Suggest.hint("zz", List.of(), "$")).isEmpty();
  }
}
