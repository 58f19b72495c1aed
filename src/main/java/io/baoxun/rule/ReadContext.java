package io.baoxun.rule;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What reading a value may need beyond its text.
 *
 * @param year the year of dates printed without one ({@code --year}); empty: never guessed
 * @param reference an ISO date or date-time that anchors relative expressions (昨天, 当天), such as
 *     the date of the article's dateline; empty: they keep their relative TIMEX3 form
 */
public record ReadContext(OptionalInt year, Optional<String> reference) {
  public static final ReadContext NONE = new ReadContext(OptionalInt.empty(), Optional.empty());

  public static ReadContext ofYear(int year) {
    return new ReadContext(OptionalInt.of(year), Optional.empty());
  }

  public ReadContext withReference(String isoDateOrTime) {
    return new ReadContext(year, Optional.of(isoDateOrTime));
  }
}
