package io.baoxun.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  /** Checks until the deadline throws; a deadline that never did would end the loop and fail. */
  private static void spend(Deadline d) {
    for (long i = 0; i < 1_000_000_000L; i++) {
      d.check();
    }
  }

  @Test
  void aSpentBudgetStopsTheWorkAndSaysWhichBudget() {
    Deadline d = Deadline.after(Duration.ofNanos(1));
    assertThatThrownBy(() -> spend(d))
        .isInstanceOf(Deadline.Exceeded.class)
        .hasMessage("took more than its time budget of 0.000000001 s")
        .satisfies(e -> assertThat(((Deadline.Exceeded) e).budget()).isEqualTo(Duration.ofNanos(1)))
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
  }

  @Test
  void noBudgetNeverRunsOut() {
    for (int i = 0; i < 100_000; i++) {
      Deadline.NONE.check();
    }
    assertThat(Deadline.NONE.budget()).isEmpty();
  }

  @Test
  void anInterruptedThreadStopsAtItsNextCheck() {
    Deadline generous = Deadline.after(Duration.ofDays(365));
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(Deadline.NONE::check).isInstanceOf(CancellationException.class);
      assertThatThrownBy(() -> spend(generous)).isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aVeryLongBudgetDoesNotOverflow() {
    Deadline d = Deadline.after(Duration.ofSeconds(Long.MAX_VALUE));
    for (int i = 0; i < 10_000; i++) {
      d.check();
    }
    assertThat(d.used().isNegative()).isFalse();
  }

  @Test
  void budgetsShowAsUsersWriteThem() {
    assertThat(Deadline.show(Duration.ofSeconds(60))).isEqualTo("60 s");
    assertThat(Deadline.show(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    assertThat(Deadline.show(Duration.ofMillis(250))).isEqualTo("0.25 s");
  }

  @Test
  void aBudgetMustBePositive() {
    assertThatThrownBy(() -> Deadline.after(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
