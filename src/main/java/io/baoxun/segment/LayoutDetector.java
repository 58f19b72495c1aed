package io.baoxun.segment;


/**
 * Decides per page whether headlines come before or after their bodies, by votes:
 *
 * <ul>
 *   <li>the page opens with a dateline (no headline above it): after (2);
 *   <li>the page opens with headline lines followed by a dateline or body: before (2, or 1);
 *   <li>the page's last finished paragraph is followed by headline lines: after (2); the page ends
 *       on a finished paragraph or credit: before (1);
 *   <li>a headline group ending in a subtitle (——…) or followed by a byline: before (2 / 1);
 *   <li>each headline group between two stretches of text votes for the stretch whose opening it
 *       shares more words with (1).
 * </ul>
 *
 * Ties go to headline-before-body, the ordinary reading order.
 */
final class LayoutDetector {
  /** Text a headline is compared with: the opening of the stretch next to it. */
  private static final int LEAD = 300;
  /** Coverage difference below which a headline group does not vote. */
  private static final double MARGIN = 0.2;

  private LayoutDetector() {}

  record Votes(int before, int after) {
    Layout layout() {
      return after > before ? Layout.HEADLINE_AFTER_BODY : Layout.HEADLINE_BEFORE_BODY;
    }
  }

  static Votes vote(PageUnits p) {
    int n = p.size();
    int before = 0;
    int after = 0;
    if (n == 0) {
      return new Votes(0, 0);
    }
    // the opening of the page
    if (p.get(0).kind() == Unit.Kind.DATELINE) {
      after += 2;
    } else if (p.runOf[0] != null) {
      int next = p.runOf[0].end();
      if (next < n && p.opens[next]) {
        before += 2;
      } else if (next < n && p.get(next).isPlainText()) {
        before += 1;
      }
    }
    // the end of the page
    int lastEnd = -1;
    for (int i = n - 1; i >= 0; i--) {
      if (p.ends(i) && !p.get(i).headlineCandidate()) {
        lastEnd = i;
        break;
      }
    }
    if (lastEnd == n - 1) {
      before += 1;
    } else if (lastEnd >= 0 && p.get(lastEnd + 1).headlineCandidate() && !opensAfter(p, lastEnd)) {
      after += 2;
    }
    // subtitles and bylines sit between a headline and its body
    for (Run r : p.runs) {
      int next = r.end();
      Unit last = p.get(r.end() - 1);
      if (next < n && startsWithDash(last.text()) && (p.opens[next] || p.get(next).isPlainText())) {
        before += 2;
      }
      if (next < n && p.get(next).kind() == Unit.Kind.BYLINE && p.opens[next]) {
        before += 1;
      }
    }
    // each headline group votes for the text it resembles; the stretch after one group is the
    // stretch before the next, so its bigrams are made once
    Similarity.Bigrams lead = null;
    int leadFrom = -1;
    for (int k = 0; k < p.runs.size(); k++) {
      Run r = p.runs.get(k);
      int prevFrom = k == 0 ? 0 : p.runs.get(k - 1).end();
      int nextTo = k + 1 < p.runs.size() ? p.runs.get(k + 1).start() : n;
      if (prevFrom >= r.start() || r.end() >= nextTo) {
        continue;
      }
      Similarity.Bigrams head = headBigrams(p, r);
      Similarity.Bigrams prevLead = leadFrom == prevFrom ? lead : leadBigrams(p, prevFrom, r.start());
      lead = leadBigrams(p, r.end(), nextTo);
      leadFrom = r.end();
      double toPrev = head.coverageIn(prevLead);
      double toNext = head.coverageIn(lead);
      if (toNext - toPrev >= MARGIN) {
        before++;
      } else if (toPrev - toNext >= MARGIN) {
        after++;
      }
    }
    return new Votes(before, after);
  }

  private static boolean opensAfter(PageUnits p, int i) {
    for (int k = i + 1; k < p.size(); k++) {
      if (p.opens[k]) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithDash(CompactText t) {
    return t.length() > 1 && (t.at(0) == '—' || t.at(0) == '-' || t.at(0) == '─');
  }

  private static Similarity.Bigrams headBigrams(PageUnits p, Run r) {
    Similarity.Bigrams out = new Similarity.Bigrams();
    int budget = 4 * HeadlineDetector.MAX_LENGTH;
    for (int i = r.start(); i < r.end() && budget > 0; i++) {
      CompactText t = p.get(i).text();
      out.add(t, 0, Math.min(t.length(), budget));
      budget -= t.length();
    }
    return out;
  }

  /** Bigrams of the first {@link #LEAD} characters of the body text in units {@code [from, to)}. */
  static Similarity.Bigrams leadBigrams(PageUnits p, int from, int to) {
    Similarity.Bigrams out = new Similarity.Bigrams();
    int budget = LEAD;
    for (int i = from; i < to && budget > 0; i++) {
      Unit u = p.get(i);
      if (u.kind() == Unit.Kind.CREDIT) {
        continue;
      }
      CompactText t = u.text();
      int len = Math.min(t.length(), budget);
      out.add(t, 0, len);
      budget -= len;
    }
    return out;
  }
}
