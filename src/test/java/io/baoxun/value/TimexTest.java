package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexTest {
  private static final LocalDate REF = LocalDate.of(2022, 3, 18);

  @Test
  void absoluteValues() {
    assertThat(Timex.builder().year(2022).month(1).day(15).build().value()).isEqualTo("2022-01-15");
    assertThat(Timex.builder().month(3).day(18).partOfDay("TAF").build().value()).isEqualTo("XXXX-03-18TAF");
    assertThat(Timex.builder().month(3).day(20).hour(12).minute(0).build().value()).isEqualTo("XXXX-03-20T12:00");
    assertThat(Timex.builder().day(29).build().value()).isEqualTo("XXXX-XX-29");
    assertThat(Timex.builder().year(2022).build().value()).isEqualTo("2022");
    assertThat(Timex.builder().hour(16).minute(40).second(50).build().value()).isEqualTo("T16:40:50");
    assertThat(Timex.builder().weekday(1).partOfDay("TMO").build().value()).isEqualTo("XXXX-WXX-1TMO");
    assertThat(Timex.builder().year(2022).half("H1").build().value()).isEqualTo("2022-H1");
  }

  @Test
  void relativeValuesKeepASutimeStyleFormUntilResolved() {
    Timex yesterdayEvening = Timex.builder().anchor(new Timex.Anchor('D', -1)).partOfDay("TEV").build();
    assertThat(yesterdayEvening.value()).isEqualTo("OFFSET P-1D TEV");
    assertThat(yesterdayEvening.resolve(REF).value()).isEqualTo("2022-03-17TEV");

    Timex thisYear = Timex.builder().anchor(new Timex.Anchor('Y', 0)).month(1).day(1).build();
    assertThat(thisYear.value()).isEqualTo("THIS P1Y -01-01");
    assertThat(thisYear.resolve(REF).value()).isEqualTo("2022-01-01");

    Timex lastMonth = Timex.builder().anchor(new Timex.Anchor('M', -3)).build();
    assertThat(lastMonth.value()).isEqualTo("OFFSET P-3M");
    assertThat(lastMonth.resolve(REF).value()).isEqualTo("2021-12");

    assertThat(Timex.PRESENT_REF.resolve(REF).value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void aReferenceNeverGivesAYearToAnAbsoluteDate() {
    Timex t = Timex.builder().month(3).day(18).build();
    assertThat(t.resolve(REF)).isSameAs(t);
  }

  @Test
  void theEndOfAnIntervalTakesWhatItDoesNotSay() {
    Timex from = Timex.builder().month(1).day(6).build();
    Timex to = Timex.builder().day(7).partOfDay("TMO").inheritDate(from).build();
    assertThat(new Interval(from, to).display()).isEqualTo("XXXX-01-06/XXXX-01-07TMO");
    Timex hourOnly = Timex.builder().hour(12).inheritDate(Timex.builder().month(3).day(18).hour(8).build()).build();
    assertThat(hourOnly.value()).isEqualTo("XXXX-03-18T12:00");
  }
}
