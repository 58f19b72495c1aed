package io.baoxun.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The order of TIMEX3 values, at the coarser granularity, with years that may be unprinted. */
class TimesTest {
  private static Boolean order(String a, String op, String b) {
    Truth t = Times.compare(op, a, b);
    return t.isUnknown() ? null : t.value();
  }

  @Test
  void aTimeOfTheReportDayIsNotAfterIt() {
    assertThat(order("XXXX-03-20T12:00", "<=", "XXXX-03-20")).isTrue();
    assertThat(order("XXXX-03-20T24:00", "<=", "XXXX-03-20")).isTrue();
    assertThat(order("XXXX-03-20TAF", "<=", "XXXX-03-20")).isTrue();
    assertThat(order("XXXX-03-21T00:00", "<=", "XXXX-03-20")).isFalse();
    assertThat(order("XXXX-03", "<=", "XXXX-03-20")).isTrue();
  }

  @Test
  void clockTimesOrderWithinADay() {
    assertThat(order("XXXX-03-20T12:00", "<", "XXXX-03-20T15:00")).isTrue();
    assertThat(order("XXXX-03-21T12:00", ">", "XXXX-03-20T15:00")).isTrue();
    assertThat(order("2022-03-20", "<", "2021-03-21")).isFalse();
  }

  @Test
  void anUnprintedYearIsTheOthersUnlessTheyLieHalfAYearApart() {
    assertThat(order("XXXX-03-21", ">", "2022-03-20")).isTrue();
    assertThat(Times.compare("<=", "XXXX-12-30T12:00", "XXXX-01-05").reason())
        .isEqualTo("the year is not printed: XXXX-12-30T12:00 and XXXX-01-05 may lie in different years");
    assertThat(Times.compare("<", "XXXX", "2022").reason()).isEqualTo("the year of XXXX is not printed");
  }

  @Test
  void relativeAndWeekValuesCannotBePlaced() {
    assertThat(Times.compare("<=", "PRESENT_REF", "XXXX-03-20").reason()).isEqualTo("cannot place PRESENT_REF in time");
    assertThat(Times.compare("<=", "T11:00", "XXXX-03-20").reason()).isEqualTo("cannot place T11:00 in time");
    assertThat(Times.compare("<=", "XXXX-03-20", "THIS P1Y").isUnknown()).isTrue();
  }
}
