package io.baoxun.regress;

/** Counts of true positives, false positives and false negatives, with P, R and F1. */
public record Scores(int tp, int fp, int fn) {
  public static final Scores ZERO = new Scores(0, 0, 0);

  public Scores plus(Scores o) {
    return new Scores(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
