package io.baoxun.check;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A condition's value when the facts may not say: true, false, or unknown with the reason (a field
 * is missing, units differ, a year is not printed). A check whose condition is unknown reports
 * {@code skip} with that reason, never {@code pass}.
 *
 * @param value true or false, or null when unknown
 * @param reason why it is unknown; null when known
 */
public record Truth(Boolean value, String reason) {
  public static final Truth TRUE = new Truth(true, null);
  public static final Truth FALSE = new Truth(false, null);

  public Truth {
    checkArgument((value == null) == (reason != null), "a reason exactly when unknown");
  }

  public static Truth of(boolean b) {
    return b ? TRUE : FALSE;
  }

  public static Truth unknown(String reason) {
    return new Truth(null, reason);
  }

  public boolean isTrue() {
    return Boolean.TRUE.equals(value);
  }

  public boolean isFalse() {
    return Boolean.FALSE.equals(value);
  }

  public boolean isUnknown() {
    return value == null;
  }

  /** Kleene's and: false if either is false, else unknown if either is, else true. */
  public Truth and(Truth other) {
    if (isFalse() || other.isFalse()) {
      return FALSE;
    }
    return isUnknown() ? this : other;
  }

  /** Kleene's or: true if either is true, else unknown if either is, else false. */
  public Truth or(Truth other) {
    if (isTrue() || other.isTrue()) {
      return TRUE;
    }
    return isUnknown() ? this : other;
  }

  public Truth not() {
    return isUnknown() ? this : of(!value);
  }
}
