package io.baoxun.value;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names the Java relies on in {@code grammar/Values.g4}: rule names and element labels. This
 * is the contract between the grammar and {@link ValueReader}; renaming one of them in the grammar
 * is a change here too.
 */
public final class ValueRules {
  private ValueRules() {}

  // Rules whose matches are value items, in the order the finder prefers them on equal length.
  public static final String INTERVAL = "interval";
  public static final String TIME = "time";
  public static final String FREQUENCY = "frequency";
  public static final String PERCENT = "percent";
  public static final String DURATION = "duration";
  public static final String QUANTITY = "quantity";
  public static final String ORDINAL = "ordinal";
  public static final String NUMBER = "number";

  /** The rules the finder scans for; {@code frequency} matches hide what they cover. */
  public static final List<String> TOP = List.of(INTERVAL, TIME, FREQUENCY, PERCENT, DURATION, QUANTITY, ORDINAL, NUMBER);

  // Rules read below the top ones.
  public static final String TERM = "term";
  public static final String NUMERAL = "numeral";
  public static final String CARDINAL = "cardinal";
  public static final String FRACTION = "fraction";
  public static final String MULTIPLIER = "multiplier";
  public static final String DATE = "date";
  public static final String CLOCK_TIME = "clockTime";
  public static final String DAY_TIME = "dayTime";
  public static final String WEEKDAY = "weekday";

  /** Labels, by the rule that defines them. */
  public static final class Labels {
    private Labels() {}

    // number
    public static final String PRE = "pre";
    public static final String LO = "lo";
    public static final String HI = "hi";
    public static final String ONE = "one";
    public static final String POST = "post";
    // term
    public static final String VALUE = "value";
    public static final String APPROX = "approx";
    public static final String EXTRA = "extra";
    // numeral
    public static final String SIGN = "sign";
    public static final String WHOLE = "whole";
    public static final String FRAC = "frac";
    public static final String BARE = "bare";
    public static final String POWER = "power";
    public static final String POWER_SIGN = "powerSign";
    // fraction
    public static final String NUM = "num";
    public static final String DEN = "den";
    public static final String DEN_MULT = "denMult";
    public static final String SLASH_WHOLE = "slashWhole";
    public static final String SLASH_NUM = "slashNum";
    public static final String NUM_SIGN = "numSign";
    public static final String DEN_SIGN = "denSign";
    public static final String OF = "of";
    public static final String SLASH_DEN = "slashDen";
    // quantity, percent, duration
    public static final String AMOUNT = "amount";
    public static final String UNIT = "unit";
    /** The upper end of a range written with its unit twice: 1.35元至1.42元. */
    public static final String HI_AMOUNT = "hiAmount";
    public static final String HI_UNIT = "hiUnit";
    public static final String SYM = "sym";
    public static final String PER = "per";
    public static final String TENTHS = "tenths";
    public static final String HALF = "half";
    public static final String POINTS = "points";
    public static final String PER_HI = "perHi";
    public static final String LO_SYM = "loSym";
    // frequency (per, as in percent, and count)
    public static final String COUNT = "count";
    // time
    public static final String DAY = "day";
    public static final String AT = "at";
    public static final String REL = "rel";
    public static final String REL_AT = "relAt";
    public static final String POD = "pod";
    public static final String SHORT = "short";
    public static final String CLOCK = "clock";
    public static final String WEEK = "week";
    public static final String NOW = "now";
    public static final String NOTE = "note";
    public static final String SAME = "same";
    // date
    public static final String ISO = "iso";
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    public static final String DOM = "dom";
    public static final String BARE_DAY = "bareDay";
    public static final String MOD = "mod";
    public static final String NAMED = "named";
    public static final String LUNAR_DAY = "lunarDay";
    // clockTime
    public static final String HOUR = "hour";
    public static final String HOUR_WORD = "hu";
    public static final String MINUTE = "minute";
    public static final String SECOND = "second";
    public static final String QUARTER = "quarter";
    public static final String BARE_MINUTE = "bareMinute";
    public static final String EXACT = "exact";
    public static final String HHMM = "hhmm";
    // weekday
    public static final String D = "d";
    // interval
    public static final String FIRST = "first";
    public static final String LAST = "last";
    public static final String SINCE = "since";
    public static final String SINCE_NOW = "sinceNow";
    public static final String HEAD = "head";
    public static final String LEAD = "lead";
    public static final String ON = "on";
  }

  private static final Map<String, String> EXAMPLE_TYPES = Map.ofEntries(
      Map.entry("number", "number"),
      Map.entry("term", "number"),
      Map.entry("numeral", "number"),
      Map.entry("cardinal", "number"),
      Map.entry("digitGroup", "number"),
      Map.entry("fraction", "number"),
      Map.entry("multiplier", "number"),
      Map.entry("decimalPoint", "number"),
      Map.entry("signWord", "number"),
      Map.entry("preHedge", "number"),
      Map.entry("infixHedge", "number"),
      Map.entry("postHedge", "number"),
      Map.entry("rangeSep", "number"),
      Map.entry("ordinal", "ordinal"),
      Map.entry("quantity", "quantity"),
      Map.entry("measure", "quantity"),
      Map.entry("percent", "percent"),
      Map.entry("percentSign", "percent"),
      Map.entry("percentWord", "percent"),
      Map.entry("tenthsWord", "percent"),
      Map.entry("pointsWord", "percent"),
      Map.entry("time", "time"),
      Map.entry("date", "time"),
      Map.entry("yearPart", "time"),
      Map.entry("monthPart", "time"),
      Map.entry("namedMonth", "time"),
      Map.entry("dayPart", "time"),
      Map.entry("periodMod", "time"),
      Map.entry("halfYear", "time"),
      Map.entry("relYear", "time"),
      Map.entry("relMonth", "time"),
      Map.entry("relDay", "time"),
      Map.entry("relDayPart", "time"),
      Map.entry("partOfDay", "time"),
      Map.entry("shortPartOfDay", "time"),
      Map.entry("dayTime", "time"),
      Map.entry("clockTime", "time"),
      Map.entry("hourWord", "time"),
      Map.entry("timeHedge", "time"),
      Map.entry("timePreHedge", "time"),
      Map.entry("weekday", "time"),
      Map.entry("weekdayNote", "time"),
      Map.entry("sameDay", "time"),
      Map.entry("presentWord", "time"),
      Map.entry("interval", "interval"),
      Map.entry("duration", "duration"),
      Map.entry("durationUnit", "duration"),
      Map.entry("frequency", ""));

  /**
   * The item type an example above {@code rule} is about ("" for a rule whose matches give no
   * item, such as frequency: its negative examples mean "no item at all"); empty for a rule that
   * has nothing to do with values.
   */
  public static Optional<String> exampleType(String rule) {
    return Optional.ofNullable(EXAMPLE_TYPES.get(rule));
  }
}
