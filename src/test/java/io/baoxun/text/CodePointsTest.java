package io.baoxun.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CodePointsTest {
  @Property
  void asTheJdkCountsThem(@ForAll String s) {
    assertThat(CodePoints.of(s)).isEqualTo(s.codePoints().toArray());
  }

  @Test
  void pairsLoneSurrogatesAndTheEmptyString() {
    // 𠀀 is one code point of two chars; a lone high surrogate counts as one, as the JDK counts it.
    assertThat(CodePoints.of("李𠀀\uD800平")).containsExactly('李', 0x20000, 0xD800, '平');
    assertThat(CodePoints.of("")).isEmpty();
  }
}
