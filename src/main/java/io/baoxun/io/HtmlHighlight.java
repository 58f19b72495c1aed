package io.baoxun.io;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document's text as HTML with its facts marked: one {@code <span>} per fact, nested as the facts
 * nest. Where two facts overlap without one holding the other, the later one is closed and opened
 * again, so the HTML stays well formed and every character is shown once; the first piece of a mark
 * has the fact's anchor as id, every piece names it in {@code data-fact}. All text is escaped.
 */
final class HtmlHighlight {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /**
   * A fact to mark.
   *
   * @param span code point offsets into the text
   * @param anchor the element id the first piece of the mark gets (links point at it)
   * @param cssClass classes of the mark, already safe for an attribute
   * @param title the tooltip, plain text
   */
  record Mark(Span span, String anchor, String cssClass, String title) {}

  private HtmlHighlight() {}

  static String render(String text, List<Mark> marks) {
    int length = text.codePointCount(0, text.length());
    List<Mark> valid = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
    for (Mark m : marks) {
      // A mark outside the text would be a bug upstream; show the text rather than fail the report.
      if (m.span().end() <= length && !m.span().isEmpty()) {
        valid.add(m);
        cuts.add(m.span().start());
        cuts.add(m.span().end());
      }
    }
    // Outer before inner: by start, then the longer first, then as given.
    List<Mark> ordered = new ArrayList<>(valid);
    ordered.sort(Comparator.comparing(Mark::span));

    int[] cp = cuts.stream().mapToInt(Integer::intValue).toArray();
    int[] chars = charIndices(text, cp);
    StringBuilder out = new StringBuilder();
    List<Mark> open = new ArrayList<>();
    Set<Mark> anchored = new HashSet<>();
    for (int k = 1; k < cp.length; k++) {
      int a = cp[k - 1];
      int b = cp[k];
      List<Mark> covering = ordered.stream().filter(m -> m.span().start() <= a && b <= m.span().end()).toList();
      // Keep open what this piece shares with the last, close the rest, open what is new.
      int keep = 0;
      while (keep < open.size() && keep < covering.size() && open.get(keep) == covering.get(keep)) {
        keep++;
      }
      for (int i = open.size() - 1; i >= keep; i--) {
        out.append("</span>");
        open.remove(i);
      }
      for (int i = keep; i < covering.size(); i++) {
        Mark m = covering.get(i);
        out.append("<span class=\"").append(m.cssClass()).append('"');
        if (anchored.add(m)) {
          out.append(" id=\"").append(HTML.escape(m.anchor())).append('"');
        }
        // Every piece of a split mark names its fact, so a style rule can reach them all.
        out.append(" data-fact=\"").append(HTML.escape(m.anchor())).append('"');
        out.append(" title=\"").append(HTML.escape(m.title())).append("\">");
        open.add(m);
      }
      out.append(HTML.escape(text.substring(chars[k - 1], chars[k])));
    }
    for (int i = 0; i < open.size(); i++) {
      out.append("</span>");
    }
    return out.toString();
  }

  /** The char index of each of the ascending code point offsets, in one pass over the text. */
  private static int[] charIndices(String text, int[] codePoints) {
    int[] out = new int[codePoints.length];
    int c = 0;
    int cp = 0;
    for (int k = 0; k < codePoints.length; k++) {
      while (cp < codePoints[k]) {
        c += Character.charCount(text.codePointAt(c));
        cp++;
      }
      out[k] = c;
    }
    return out;
  }
}
