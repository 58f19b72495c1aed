package io.baoxun.io;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.baoxun.fact.Display;
import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The series a run's facts form, plotted as inline SVG: facts of one type that carry a time and a
 * count, grouped by their text fields (a region's cumulative testing counts by {@code asOf}, a
 * county's new cases by day). Points whose facts failed a check are marked, so a rule author sees a
 * drop, or a figure read wrong, at a glance. Pack-independent: it reads the fields' values, not
 * the fact type names.
 */
final class HtmlSeries {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  /** Enough to see what is going on; a report with more series says how many were left out. */
  static final int MAX_PLOTS = 30;

  private static final int WIDTH = 720;
  private static final int HEIGHT = 250;
  private static final int LEFT = 86;
  private static final int RIGHT = 16;
  private static final int TOP = 14;
  private static final int BOTTOM = 58;

  /**
   * One fact on a plot.
   *
   * @param x the time, TIMEX3 (an interval stands at its start)
   * @param order where the fact comes in the run, to keep points at the same time in run order
   * @param anchor the element id of the fact's mark in the report
   * @param label the tooltip: where the fact is and what it says
   */
  record Point(String x, BigDecimal y, long order, String anchor, String label) {}

  private final Map<String, List<Point>> byKey = new LinkedHashMap<>();
  private long seen;

  /** Takes the fact into its series, if it has a time and a count. */
  void add(Fact fact, String anchor, String where) {
    Optional<String> x = Optional.empty();
    FieldValue.Quantity y = null;
    String yField = null;
    StringJoiner key = new StringJoiner(" · ");
    key.add(fact.type());
    for (Map.Entry<String, FieldValue> e : fact.fields().entrySet()) {
      FieldValue v = e.getValue();
      if (x.isEmpty() && v instanceof FieldValue.Time t) {
        x = Optional.of(t.value());
      } else if (x.isEmpty() && v instanceof FieldValue.Interval i) {
        x = Optional.of(i.from().value());
      } else if (y == null && v instanceof FieldValue.Quantity q && !q.isPercent() && q.value() != null) {
        y = q;
        yField = e.getKey();
      } else if (v instanceof FieldValue.Text t) {
        key.add(t.value());
      }
    }
    if (x.isEmpty() || y == null) {
      return;
    }
    String name = key + " — " + yField + " (" + y.unit() + ")";
    String label = where + ": " + Display.of(y) + " at " + x.get();
    byKey.computeIfAbsent(name, k -> new ArrayList<>()).add(new Point(x.get(), y.value(), seen++, anchor, label));
  }

  /** The plots section; it says so when no series has two or more times. */
  String render(Set<String> failingAnchors) {
    List<Map.Entry<String, List<Point>>> series = new ArrayList<>();
    for (Map.Entry<String, List<Point>> e : byKey.entrySet()) {
      if (e.getValue().stream().map(Point::x).distinct().count() >= 2) {
        series.add(e);
      }
    }
    if (series.isEmpty()) {
      return "<section id=\"series\"><h2>Series</h2>\n<p class=\"note\">No series in this run: no facts of one type and the same text"
          + " fields carry a count at two or more times.</p></section>\n";
    }
    // The series with a failed point first: they are what the author came for.
    series.sort(
        Comparator.comparing((Map.Entry<String, List<Point>> e) -> e.getValue().stream().noneMatch(p -> failingAnchors.contains(p.anchor())))
            .thenComparing(e -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey));
    StringBuilder out = new StringBuilder();
    out.append("<section id=\"series\"><h2>Series</h2>\n");
    out.append("<p class=\"note\">Facts with a time and a count, by type and text fields; a red point failed a check. Click a point to see its fact.</p>\n");
    int shown = Math.min(MAX_PLOTS, series.size());
    for (int i = 0; i < shown; i++) {
      out.append(plot(series.get(i).getKey(), series.get(i).getValue(), failingAnchors));
    }
    if (series.size() > shown) {
      out.append("<p class=\"note\">").append(series.size() - shown).append(" more series not shown.</p>\n");
    }
    return out.append("</section>\n").toString();
  }

  private static String plot(String name, List<Point> points, Set<String> failing) {
    List<String> xs = new ArrayList<>(new TreeSet<>(points.stream().map(Point::x).toList()));
    List<Point> ordered = new ArrayList<>(points);
    ordered.sort(Comparator.comparing((Point p) -> xs.indexOf(p.x())).thenComparingLong(Point::order));
    double lo = ordered.stream().mapToDouble(p -> p.y().doubleValue()).min().orElse(0);
    double hi = ordered.stream().mapToDouble(p -> p.y().doubleValue()).max().orElse(1);
    boolean counts = ordered.stream().allMatch(p -> p.y().stripTrailingZeros().scale() <= 0);
    double tick = tickStep(lo, hi, counts);
    // Round numbers on the axis, a step of room around the points so none sits on the frame.
    double min = Math.floor(lo / tick) * tick - (lo % tick == 0 ? tick : 0);
    double max = Math.ceil(hi / tick) * tick + (hi % tick == 0 ? tick : 0);
    if (counts && lo >= 0 && min < 0) {
      min = 0;
    }
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double step = plotW / xs.size();

    StringBuilder svg = new StringBuilder();
    svg.append("<figure class=\"plot\"><figcaption>").append(HTML.escape(name)).append("</figcaption>\n");
    svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"")
        .append(HTML.escape(name)).append("\">\n");
    for (double v = min; v <= max + tick / 2; v += tick) {
      double y = TOP + plotH * (max - v) / (max - min);
      svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>");
      svg.append("<text class=\"ytick\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4)).append("\">")
          .append(HTML.escape(number(v, tick))).append("</text>\n");
    }
    int every = Math.max(1, (int) Math.ceil(xs.size() / 12.0));
    for (int i = 0; i < xs.size(); i += every) {
      double x = LEFT + step * (i + 0.5);
      double y = HEIGHT - BOTTOM + 14;
      svg.append("<text class=\"xtick\" transform=\"translate(").append(fmt(x)).append(',').append(fmt(y))
          .append(") rotate(-30)\">").append(HTML.escape(shortTime(xs.get(i)))).append("</text>\n");
    }
    StringBuilder line = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (Point p : ordered) {
      double x = LEFT + step * (xs.indexOf(p.x()) + 0.5);
      double y = TOP + plotH * (max - p.y().doubleValue()) / (max - min);
      line.append(line.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
      boolean bad = failing.contains(p.anchor());
      dots.append("<a href=\"#").append(HTML.escape(p.anchor())).append("\"><circle class=\"")
          .append(bad ? "pt fail" : "pt").append("\" data-fact=\"").append(HTML.escape(p.anchor()))
          .append("\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"")
          .append(bad ? 6 : 4).append("\"><title>").append(HTML.escape((bad ? "failed a check: " : "") + p.label()))
          .append("</title></circle></a>\n");
    }
    svg.append("<polyline class=\"series\" points=\"").append(line).append("\"/>\n");
    svg.append(dots);
    svg.append("</svg></figure>\n");
    return svg.toString();
  }

  /** {@code XXXX-03-20T12:00} as {@code 03-20 12:00}: the unknown year is noise on an axis. */
  private static String shortTime(String timex) {
    String s = timex.startsWith("XXXX-") ? timex.substring(5) : timex;
    return s.replace('T', ' ');
  }

  /** A step of 1, 2 or 5 times a power of ten giving about four intervals; whole for counts. */
  static double tickStep(double lo, double hi, boolean counts) {
    double range = hi - lo;
    if (range <= 0) {
      range = Math.max(Math.abs(hi), 1) * 0.5;
    }
    double raw = range / 4;
    double pow = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / pow;
    double step = (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * pow;
    return counts ? Math.max(1, step) : step;
  }

  private static String number(double v, double tick) {
    int decimals = tick >= 1 ? 0 : (int) Math.ceil(-Math.log10(tick) - 1e-9);
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
