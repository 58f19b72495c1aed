package io.baoxun.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The units of a page with the roles that do not depend on the layout: which units open an
 * article (datelines, and bylines followed by body text) and which close one (credits, lines
 * ending in a credit, bylines that follow a photo caption), and the runs of headline-like lines.
 */
final class PageUnits {
  final List<Unit> units;
  final boolean[] opens;
  final boolean[] closes;
  final List<Run> runs;
  /** For each unit, the run it belongs to, or null. */
  final Run[] runOf;
  final int datelines;

  PageUnits(List<Unit> units) {
    this.units = List.copyOf(units);
    int n = units.size();
    opens = new boolean[n];
    closes = new boolean[n];
    int d = 0;
    for (int i = 0; i < n; i++) {
      Unit u = units.get(i);
      switch (u.kind()) {
        case DATELINE -> opens[i] = true;
        case CREDIT -> closes[i] = true;
        case BYLINE -> {
          // ■ 本报记者 林金彦 above body text opens it; the same line under a photo caption,
          // followed by a headline or the next dateline, is the photographer's credit.
          boolean bodyFollows = i + 1 < n && units.get(i + 1).isPlainText();
          opens[i] = bodyFollows;
          closes[i] = !bodyFollows;
        }
        case TEXT -> closes[i] = u.trailingCredit();
      }
      if (opens[i]) {
        d++;
      }
    }
    datelines = d;
    runs = new ArrayList<>();
    runOf = new Run[n];
    int i = 0;
    while (i < n) {
      if (units.get(i).headlineCandidate()) {
        int j = i;
        while (j < n && units.get(j).headlineCandidate()) {
          j++;
        }
        Run r = new Run(i, j);
        runs.add(r);
        for (int k = i; k < j; k++) {
          runOf[k] = r;
        }
        i = j;
      } else {
        i++;
      }
    }
  }

  int size() {
    return units.size();
  }

  Unit get(int i) {
    return units.get(i);
  }

  /** True when unit {@code i} ends what came before it: a finished sentence or a credit. */
  boolean ends(int i) {
    return closes[i] || units.get(i).endsSentence();
  }
}
