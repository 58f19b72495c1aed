package io.baoxun.check;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders the TIMEX3 values of facts ({@code XXXX-03-20T12:00}, {@code 2022-01-15}, {@code
 * XXXX-03-18TAF}) for checks, at the coarser of the two granularities: {@code 3月20日12时} is not
 * after {@code 3月20日}, and a part of the day counts as its day. A year that is not printed ({@code
 * XXXX}) is taken to be the other's, unless the two lie more than half a year apart (a report of
 * 1月5日 speaking of 12月30日 means last December): then, as for relative or week values, the order
 * is unknown.
 */
public final class Times {
  private static final Pattern TIMEX =
      Pattern.compile(
          "(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2})(?:T(?:(\\d{2}):(\\d{2})(?::\\d{2})?|(MO|MI|AF|EV|NI)))?)?)?");

  private Times() {}

  /** A parsed TIMEX3 date: year null when not printed; month, day, minute null when not said. */
  public record Point(Integer year, Integer month, Integer day, Integer minute, String text) {
    /** The TIMEX3 value as a point, or empty for relative, week and other values. */
    public static Optional<Point> parse(String timex) {
      Matcher m = TIMEX.matcher(timex);
      if (!m.matches()) {
        return Optional.empty();
      }
      Integer year = m.group(1).equals("XXXX") ? null : Integer.valueOf(m.group(1));
      Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
      Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
      Integer minute = m.group(4) == null ? null : Integer.parseInt(m.group(4)) * 60 + Integer.parseInt(m.group(5));
      return Optional.of(new Point(year, month, day, minute, timex));
    }

    /** 0 year, 1 month, 2 day, 3 minute. */
    int granularity() {
      return month == null ? 0 : day == null ? 1 : minute == null ? 2 : 3;
    }
  }

  /** Sorts times as they can be ordered: unknown years first, then by month, day and minute. */
  public static final Comparator<Point> SORT =
      Comparator.comparing((Point p) -> p.year() == null ? -1 : p.year())
          .thenComparing(p -> p.month() == null ? 0 : p.month())
          .thenComparing(p -> p.day() == null ? 0 : p.day())
          .thenComparing(p -> p.minute() == null ? -1 : p.minute());

  /** Whether {@code a op b} ({@code < <= > >= == !=}) for two TIMEX3 values, or why it is unknown. */
  public static Truth compare(String op, String a, String b) {
    Optional<Point> pa = Point.parse(a);
    Optional<Point> pb = Point.parse(b);
    if (pa.isEmpty() || pb.isEmpty()) {
      return Truth.unknown("cannot place " + (pa.isEmpty() ? a : b) + " in time");
    }
    Order o = order(pa.get(), pb.get());
    if (o.reason() != null) {
      return Truth.unknown(o.reason());
    }
    int sign = o.sign();
    return Truth.of(
        switch (op) {
          case "<" -> sign < 0;
          case "<=" -> sign <= 0;
          case ">" -> sign > 0;
          case ">=" -> sign >= 0;
          case "==" -> sign == 0;
          case "!=" -> sign != 0;
          default -> throw new IllegalArgumentException(op);
        });
  }

  /** The sign of a - b at their common granularity, or why there is none. */
  private record Order(int sign, String reason) {}

  private static Order order(Point a, Point b) {
    int g = Math.min(a.granularity(), b.granularity());
    if (a.year() != null && b.year() != null && !a.year().equals(b.year())) {
      return new Order(Integer.compare(a.year(), b.year()), null);
    }
    if (g == 0) {
      return a.year() == null || b.year() == null
          ? new Order(0, "the year of " + (a.year() == null ? a.text() : b.text()) + " is not printed")
          : new Order(0, null);
    }
    int months = a.month() - b.month();
    if ((a.year() == null || b.year() == null) && Math.abs(months) > 6) {
      return new Order(
          0, "the year is not printed: " + a.text() + " and " + b.text() + " may lie in different years");
    }
    int sign = Integer.compare(a.month(), b.month());
    if (sign == 0 && g >= 2) {
      sign = Integer.compare(a.day(), b.day());
    }
    if (sign == 0 && g >= 3) {
      sign = Integer.compare(a.minute(), b.minute());
    }
    return new Order(sign, null);
  }
}
