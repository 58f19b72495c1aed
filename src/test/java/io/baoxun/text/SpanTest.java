package io.baoxun.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void rejectsReversedSpans() {
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlapIsHalfOpen() {
    assertThat(new Span(0, 2).overlaps(new Span(2, 4))).isFalse();
    assertThat(new Span(0, 3).overlaps(new Span(2, 4))).isTrue();
  }
}
