package io.baoxun.value;

/** From one time to another: 1月6日至7日上午 is XXXX-01-06 to XXXX-01-07TMO. */
public record Interval(Timex from, Timex to) implements Value {
  @Override
  public String type() {
    return "interval";
  }

  @Override
  public String display() {
    return from.value() + "/" + to.value();
  }

  public Interval resolve(java.time.LocalDate reference) {
    return new Interval(from.resolve(reference), to.resolve(reference));
  }
}
