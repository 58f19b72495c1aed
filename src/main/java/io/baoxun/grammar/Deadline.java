package io.baoxun.grammar;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * The time one document may take, checked cooperatively: the loops whose length depends on the
 * input (each grammar attempt, each binding of a check) call {@link #check}, which throws once the
 * budget is spent or the thread was interrupted, so the work really stops instead of running on
 * in a thread nobody waits for.
 *
 * <p>The budget is processor time of the thread that made the deadline, so a document is judged
 * by its own work and not by how busy the machine is; a clock limit of {@value #CLOCK_FACTOR}
 * times the budget still stops a thread the machine cannot give the processor to. Per document
 * and per thread, not thread-safe: only its own thread may check it.
 */
public final class Deadline {
  /** No budget: only an interrupt stops the work. */
  public static final Deadline NONE = new Deadline(null, 0, 0, 0);

  /** How much longer than the budget the clock may run, for a machine too busy to run the thread. */
  static final int CLOCK_FACTOR = 10;

  /** The clock is read every so many checks only. */
  private static final int EVERY = 16;

  /**
   * Reading the thread's processor time costs a system call (7 % of a whole run when it was read
   * every 16 tokens), so it is read only when this much clock time has passed since the last
   * reading: a thread never uses more processor time than clock time, so in between the budget
   * can be overrun by this much at most.
   */
  private static final long CPU_READ_NANOS = 5_000_000;

  private static final Duration LONGEST = Duration.ofDays(100);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Duration budget;
  private final long cpuLimit;
  private final long clockLimit;
  private final long cpuStart;
  private int countdown = 1;
  /** Clock time ({@link System#nanoTime}) from which the processor time is to be read again. */
  private long nextCpuRead;

  private Deadline(Duration budget, long cpuStart, long cpuLimit, long clockLimit) {
    this.budget = budget;
    this.cpuStart = cpuStart;
    this.cpuLimit = cpuLimit;
    this.clockLimit = clockLimit;
    this.nextCpuRead = System.nanoTime();
  }

  /** A deadline {@code budget} of processor time from now, for the calling thread. */
  public static Deadline after(Duration budget) {
    checkArgument(!budget.isNegative() && !budget.isZero(), "a budget must be positive: %s", budget);
    long cpu = cpuNow();
    long clock = System.nanoTime();
    // Longer than anyone waits, and short enough that the sums below cannot overflow; the
    // comparisons subtract, so they stay right however System.nanoTime's origin lies.
    long nanos = budget.compareTo(LONGEST) > 0 ? LONGEST.toNanos() : budget.toNanos();
    return new Deadline(budget, cpu, cpu + nanos, clock + nanos * CLOCK_FACTOR);
  }

  /** The budget, if there is one. */
  public java.util.Optional<Duration> budget() {
    return java.util.Optional.ofNullable(budget);
  }

  /**
   * Throws {@link Exceeded} when the budget is spent, {@link CancellationException} when the
   * thread was interrupted (the run is being stopped). Cheap enough for every grammar attempt.
   */
  public void check() {
    if (budget == null) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted");
      }
      return;
    }
    if (--countdown > 0) {
      return;
    }
    countdown = EVERY;
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted");
    }
    long clock = System.nanoTime();
    if (clock - clockLimit > 0) {
      throw new Exceeded(budget);
    }
    if (clock - nextCpuRead < 0) {
      return;
    }
    nextCpuRead = clock + CPU_READ_NANOS;
    if (cpuNow() - cpuLimit > 0) {
      throw new Exceeded(budget);
    }
  }

  /** Processor time the thread has used since the deadline was made (clock time where unsupported). */
  public Duration used() {
    return Duration.ofNanos(cpuNow() - cpuStart);
  }

  private static long cpuNow() {
    long t = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    return t >= 0 ? t : System.nanoTime();
  }

  /**
   * The budget was spent. Carries no stack trace: it is an outcome the user is told about in one
   * line, not a bug.
   */
  public static final class Exceeded extends RuntimeException {
    private final transient Duration budget;

    Exceeded(Duration budget) {
      super("took more than its time budget of " + show(budget), null, false, false);
      this.budget = budget;
    }

    public Duration budget() {
      return budget;
    }
  }

  /** A duration as a user writes it for {@code --time-budget}: {@code 60 s}, {@code 0.5 s}. */
  public static String show(Duration d) {
    java.math.BigDecimal s = java.math.BigDecimal.valueOf(d.getSeconds()).add(java.math.BigDecimal.valueOf(d.getNano(), 9));
    return s.stripTrailingZeros().toPlainString() + " s";
  }
}
