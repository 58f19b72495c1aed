package io.baoxun.beam;

import io.baoxun.check.CrossDocumentChecker;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * A fact a check across documents keeps, with the place of its document in the input order: what
 * travels from a document's worker to the worker that judges its key.
 */
@DefaultCoder(PlacedKeptCoder.class)
record PlacedKept(List<Integer> place, CrossDocumentChecker.Kept kept) {
  /** Input order: documents by place, each document's facts in output order. */
  static final Comparator<PlacedKept> INPUT_ORDER =
      Comparator.comparing(PlacedKept::place, PlacedInput.ORDER)
          .thenComparingInt(k -> k.kept().one().fact().index());

  PlacedKept {
    place = List.copyOf(place);
  }
}
