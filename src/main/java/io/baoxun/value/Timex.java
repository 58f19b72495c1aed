package io.baoxun.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date, a time of day or both, as TIMEX3 ({@link #value()}).
 *
 * <p>What the text does not say stays unsaid: a year the text does not give is {@code XXXX}, never
 * guessed. Relative expressions (昨天, 今年) carry an {@link Anchor}; without a reference date they
 * print in a SUTime-style relative form ({@code OFFSET P-1D TEV}) and {@link #resolve} turns them
 * into absolute values. {@code 目前} is {@code PRESENT_REF} and stays so.
 *
 * @param partOfDay TMO, TMI, TAF, TEV or TNI (TIMEX3 part-of-day values, used when no clock time is said)
 * @param mod TIMEX3 mod: START (初, 上旬), MID (中旬), END (底, 末, 下旬)
 * @param approx the hedge word (许, 左右, 前后)
 */
public record Timex(
    boolean present,
    Optional<Anchor> anchor,
    OptionalInt year,
    OptionalInt month,
    OptionalInt day,
    OptionalInt weekday,
    Optional<String> half,
    Optional<String> partOfDay,
    OptionalInt hour,
    OptionalInt minute,
    OptionalInt second,
    Optional<String> mod,
    Optional<String> approx)
    implements Value {

  /**
   * A calendar unit relative to the reference date: {@code unit} D, M or Y, {@code offset} how many
   * of them later (昨天 is D -1, 今年 is Y 0).
   */
  public record Anchor(char unit, int offset) {}

  public static final Timex PRESENT_REF = builder().present().build();

  @Override
  public String type() {
    return "time";
  }

  @Override
  public String display() {
    return value() + approx.map(w -> " ~" + w).orElse("") + mod.map(m -> " mod=" + m).orElse("");
  }

  public boolean hasDate() {
    return anchor.isPresent() || year.isPresent() || month.isPresent() || day.isPresent()
        || weekday.isPresent() || half.isPresent();
  }

  public boolean hasClock() {
    return hour.isPresent();
  }

  /** The TIMEX3 value: {@code 2022-01-15}, {@code XXXX-03-18TAF}, {@code T05:30}, {@code OFFSET P-1D}. */
  public String value() {
    if (present) {
      return "PRESENT_REF";
    }
    if (anchor.isPresent()) {
      Anchor a = anchor.get();
      String head = a.offset() == 0 ? "THIS P1" + a.unit() : "OFFSET P" + a.offset() + a.unit();
      String rest = (a.unit() == 'Y' ? monthDay() : a.unit() == 'M' ? dayOnly() : "") + timePart();
      return rest.isEmpty() ? head : head + " " + rest;
    }
    return datePart() + timePart();
  }

  private String datePart() {
    if (year.isPresent() || month.isPresent() || day.isPresent() || half.isPresent()) {
      String y = year.isPresent() ? padded(year.getAsInt(), 4) : "XXXX";
      if (month.isEmpty() && day.isEmpty() && half.isEmpty()) {
        return y;
      }
      return y + (month.isEmpty() && day.isPresent() ? "-XX" : "") + monthDay();
    }
    if (weekday.isPresent()) {
      return "XXXX-WXX-" + weekday.getAsInt();
    }
    return "";
  }

  private String monthDay() {
    if (month.isPresent()) {
      return "-" + padded(month.getAsInt(), 2) + dayOnly();
    }
    return half.map(h -> "-" + h).orElse(dayOnly());
  }

  private String dayOnly() {
    return day.isPresent() ? "-" + padded(day.getAsInt(), 2) : "";
  }

  /**
   * {@code String.format("%0<width>d", v)} without parsing a format each time: every date and time
   * fact is written through here.
   */
  private static String padded(int v, int width) {
    String s = Integer.toString(v);
    if (v < 0) {
      return String.format("%0" + width + "d", v);
    }
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  private String timePart() {
    if (hour.isPresent()) {
      String s = "T" + padded(hour.getAsInt(), 2) + ":" + padded(minute.orElse(0), 2);
      return second.isPresent() ? s + ":" + padded(second.getAsInt(), 2) : s;
    }
    return partOfDay.orElse("");
  }

  /**
   * Anchors a relative expression on the reference date: 昨天 on 2022-03-18 is 2022-03-17, 今年 is
   * 2022. Absolute values come back as they are; in particular a missing year stays missing.
   */
  public Timex resolve(LocalDate reference) {
    if (anchor.isEmpty()) {
      return this;
    }
    Anchor a = anchor.get();
    Builder b = toBuilder().anchor(null);
    switch (a.unit()) {
      case 'D' -> {
        LocalDate d = reference.plusDays(a.offset());
        b.year(d.getYear()).month(d.getMonthValue()).day(d.getDayOfMonth());
      }
      case 'M' -> {
        YearMonth ym = YearMonth.from(reference).plusMonths(a.offset());
        b.year(ym.getYear()).month(ym.getMonthValue());
      }
      default -> b.year(reference.getYear() + a.offset());
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.present = present;
    b.anchor = anchor.orElse(null);
    b.year = year;
    b.month = month;
    b.day = day;
    b.weekday = weekday;
    b.half = half.orElse(null);
    b.partOfDay = partOfDay.orElse(null);
    b.hour = hour;
    b.minute = minute;
    b.second = second;
    b.mod = mod.orElse(null);
    b.approx = approx.orElse(null);
    return b;
  }

  /** Collects the parts of a time as the reader finds them. */
  public static final class Builder {
    private boolean present;
    private Anchor anchor;
    private OptionalInt year = OptionalInt.empty();
    private OptionalInt month = OptionalInt.empty();
    private OptionalInt day = OptionalInt.empty();
    private OptionalInt weekday = OptionalInt.empty();
    private String half;
    private String partOfDay;
    private OptionalInt hour = OptionalInt.empty();
    private OptionalInt minute = OptionalInt.empty();
    private OptionalInt second = OptionalInt.empty();
    private String mod;
    private String approx;

    private Builder() {}

    public Builder present() {
      present = true;
      return this;
    }

    public Builder anchor(Anchor a) {
      anchor = a;
      return this;
    }

    public Builder year(int y) {
      year = OptionalInt.of(y);
      return this;
    }

    public Builder month(int m) {
      month = OptionalInt.of(m);
      return this;
    }

    public Builder day(int d) {
      day = OptionalInt.of(d);
      return this;
    }

    public Builder weekday(int d) {
      weekday = OptionalInt.of(d);
      return this;
    }

    public Builder half(String h) {
      half = h;
      return this;
    }

    public Builder partOfDay(String p) {
      partOfDay = p;
      return this;
    }

    public Builder hour(int h) {
      hour = OptionalInt.of(h);
      return this;
    }

    public Builder minute(int m) {
      minute = OptionalInt.of(m);
      return this;
    }

    public Builder second(int s) {
      second = OptionalInt.of(s);
      return this;
    }

    public Builder mod(String m) {
      mod = m;
      return this;
    }

    public Builder approx(String a) {
      approx = a;
      return this;
    }

    /** Takes the date (year, month, day, anchor) of {@code other} where this one says none. */
    public Builder inheritDate(Timex other) {
      boolean noDate = anchor == null && year.isEmpty() && month.isEmpty() && day.isEmpty()
          && weekday.isEmpty();
      if (noDate) {
        anchor = other.anchor().orElse(null);
        year = other.year();
        month = other.month();
        day = other.day();
        weekday = other.weekday();
        return this;
      }
      if (anchor == null && year.isEmpty() && (month.isPresent() || day.isPresent())) {
        if (month.isEmpty()) {
          month = other.month();
        }
        year = other.year();
        if (other.anchor().isPresent() && other.anchor().get().unit() != 'D') {
          anchor = other.anchor().get();
        }
      }
      return this;
    }

    public Timex build() {
      return new Timex(present, Optional.ofNullable(anchor), year, month, day, weekday,
          Optional.ofNullable(half), Optional.ofNullable(partOfDay), hour, minute, second,
          Optional.ofNullable(mod), Optional.ofNullable(approx));
    }
  }
}
