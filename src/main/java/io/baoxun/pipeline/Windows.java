package io.baoxun.pipeline;

import io.baoxun.segment.Article;
import io.baoxun.segment.Paragraph;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Plans how a document is matched in bounded pieces. Facts still point at the original: a window
 * is an {@linkplain NormalizedText#excerpt excerpt} of the document's normalised text, which maps
 * straight into the whole original.
 *
 * <ul>
 *   <li>A paragraph (or headline) longer than {@code regionChars} is cut at sentence starts into
 *       pieces of at most that length; a sentence longer than that is cut where no word or number
 *       is broken, if there is such a place near enough, else at the limit. The grammar then never
 *       attempts a rule over more than one piece: a match cannot cross a cut.
 *   <li>Whole articles are grouped into windows of at most {@code windowChars}. An article longer
 *       than that has windows of its own, each of whole (cut) paragraphs, with the article's
 *       headline and dateline beside them so that {@code article.headline} and the article's date
 *       read as in one piece; a fact of the headline is then found in each of its windows, once
 *       kept.
 * </ul>
 *
 * A document with no long paragraph that fits one window is matched as it always was.
 */
final class Windows {
  /** How far back from the limit a cut looks for a place that breaks no word or number. */
  private static final int CUT_LOOKBACK = 64;

  private Windows() {}

  /** One article, or part of one, as the engine is to see it (in whole-document offsets). */
  record Piece(int article, Article view) {}

  /** One excerpt to match: the spans of the whole text it is made of, and the articles in it. */
  record Window(List<Span> parts, List<Piece> pieces) {
    Window {
      parts = List.copyOf(parts);
      pieces = List.copyOf(pieces);
    }

    /** Where a span of the whole text (inside one of the parts) lies in the excerpt. */
    Span local(Span whole) {
      int offset = 0;
      for (Span p : parts) {
        if (p.contains(whole)) {
          return new Span(whole.start() - p.start() + offset, whole.end() - p.start() + offset);
        }
        offset += p.length() + 2;
      }
      throw new IllegalArgumentException(whole + " lies in no part of " + parts);
    }

    /** The article of a piece in the excerpt's offsets. */
    Article local(Article a) {
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Paragraph p : a.paragraphs()) {
        paragraphs.add(new Paragraph(local(p.span()), p.sentences().stream().map(this::local).toList()));
      }
      return new Article(local(a.body()), a.headline().map(this::local), a.dateline().map(this::local), paragraphs, a.kind());
    }
  }

  /** The plan: empty when the document is matched whole, as it is. */
  static Optional<List<Window>> plan(NormalizedText text, List<Article> articles, int windowChars, int regionChars) {
    boolean changed = false;
    List<Article> bounded = new ArrayList<>();
    for (Article a : articles) {
      Article b = bounded(text, a, regionChars);
      changed |= !b.equals(a);
      bounded.add(b);
    }
    if (!changed && text.length() <= windowChars) {
      return Optional.empty();
    }
    List<Window> out = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    Span currentExtent = null;
    for (int i = 0; i < bounded.size(); i++) {
      Article a = bounded.get(i);
      Span extent = extent(a);
      if (extent.length() > windowChars) {
        if (!current.isEmpty()) {
          out.add(new Window(List.of(currentExtent), current));
          current = new ArrayList<>();
          currentExtent = null;
        }
        out.addAll(giant(i, a, windowChars));
        continue;
      }
      // Articles that interleave with the window (a headline printed below its body, past the
      // next article's start) stay in it, whatever its size.
      if (currentExtent != null
          && union(currentExtent, extent).length() > windowChars
          && extent.start() >= currentExtent.end()) {
        out.add(new Window(List.of(currentExtent), current));
        current = new ArrayList<>();
        currentExtent = null;
      }
      current.add(new Piece(i, a));
      currentExtent = currentExtent == null ? extent : union(currentExtent, extent);
    }
    if (!current.isEmpty()) {
      out.add(new Window(List.of(currentExtent), current));
    }
    return Optional.of(out);
  }

  /** An article longer than a window: windows of its paragraphs, each with its headline and dateline. */
  private static List<Window> giant(int index, Article a, int windowChars) {
    List<Window> out = new ArrayList<>();
    List<Paragraph> group = new ArrayList<>();
    for (Paragraph p : a.paragraphs()) {
      if (!group.isEmpty() && p.span().end() - group.get(0).span().start() > windowChars) {
        out.add(window(index, a, group));
        group = new ArrayList<>();
      }
      group.add(p);
    }
    if (!group.isEmpty() || out.isEmpty()) {
      out.add(window(index, a, group));
    }
    return out;
  }

  private static Window window(int index, Article a, List<Paragraph> group) {
    Span body = group.isEmpty() ? a.body() : new Span(group.get(0).span().start(), group.get(group.size() - 1).span().end());
    List<Span> spans = new ArrayList<>();
    spans.add(body);
    a.headline().ifPresent(spans::add);
    a.dateline().ifPresent(spans::add);
    Article view = new Article(body, a.headline(), a.dateline(), group, a.kind());
    return new Window(merged(spans), List.of(new Piece(index, view)));
  }

  /** Spans sorted and joined where they overlap or lie closer than a paragraph break apart. */
  private static List<Span> merged(List<Span> spans) {
    List<Span> sorted = spans.stream().filter(s -> !s.isEmpty()).sorted(Comparator.comparingInt(Span::start)).toList();
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty() && s.start() < out.get(out.size() - 1).end() + 2) {
        out.set(out.size() - 1, union(out.get(out.size() - 1), s));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** The text of an article: its body, headline and dateline, wherever they are printed. */
  private static Span extent(Article a) {
    Span e = a.body();
    if (a.headline().isPresent()) {
      e = union(e, a.headline().get());
    }
    if (a.dateline().isPresent()) {
      e = union(e, a.dateline().get());
    }
    for (Paragraph p : a.paragraphs()) {
      e = union(e, p.span());
    }
    return e;
  }

  private static Span union(Span a, Span b) {
    return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }

  /**
   * The article with every region at most {@code limit} long. A headline that long is no headline
   * a reader would know: it is matched as paragraphs, before or after the body where it stands.
   */
  static Article bounded(NormalizedText text, Article a, int limit) {
    boolean changed = false;
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Paragraph p : a.paragraphs()) {
      List<Paragraph> cut = cut(text, p, limit);
      changed |= cut.size() > 1;
      paragraphs.addAll(cut);
    }
    Optional<Span> headline = a.headline();
    if (headline.isPresent() && headline.get().length() > limit) {
      List<Paragraph> cut = cut(text, new Paragraph(headline.get(), List.of(headline.get())), limit);
      if (paragraphs.isEmpty() || headline.get().start() < paragraphs.get(0).span().start()) {
        paragraphs.addAll(0, cut);
      } else {
        paragraphs.addAll(cut);
      }
      headline = Optional.empty();
      changed = true;
    }
    return changed ? new Article(a.body(), headline, a.dateline(), paragraphs, a.kind()) : a;
  }

  /** A paragraph cut at sentence starts into pieces of at most {@code limit}. */
  static List<Paragraph> cut(NormalizedText text, Paragraph p, int limit) {
    if (p.span().length() <= limit) {
      return List.of(p);
    }
    int from = p.span().start();
    int to = p.span().end();
    TreeSet<Integer> places = new TreeSet<>();
    for (Span s : p.sentences()) {
      if (from < s.start() && s.start() < to) {
        places.add(s.start());
      }
    }
    // Stretches between sentence starts longer than a piece get places of their own, so that
    // neighbouring places are never more than a piece apart.
    List<Integer> ends = new ArrayList<>(places);
    ends.add(0, from);
    ends.add(to);
    for (int k = 0; k + 1 < ends.size(); k++) {
      places.addAll(inside(text, ends.get(k), ends.get(k + 1), limit));
    }
    List<Paragraph> out = new ArrayList<>();
    int pieceStart = from;
    int last = from;
    for (int place : places) {
      if (place - pieceStart > limit) {
        out.add(piece(p, pieceStart, last));
        pieceStart = last;
      }
      last = place;
    }
    if (to - pieceStart > limit) {
      out.add(piece(p, pieceStart, last));
      pieceStart = last;
    }
    out.add(piece(p, pieceStart, to));
    return out;
  }

  /** Cut places strictly inside {@code [from, to)} so that no piece of it is longer than limit. */
  private static List<Integer> inside(NormalizedText text, int from, int to, int limit) {
    List<Integer> out = new ArrayList<>();
    int start = from;
    while (to - start > limit) {
      int at = start + limit;
      for (int back = 0; back < CUT_LOOKBACK && at - back > start + 1; back++) {
        if (!joined(text.codePointAt(at - back - 1), text.codePointAt(at - back))) {
          at -= back;
          break;
        }
      }
      out.add(at);
      start = at;
    }
    return out;
  }

  /** Whether a cut between two characters would break a word or a number. */
  private static boolean joined(int before, int after) {
    return isWordOrNumber(before) && isWordOrNumber(after);
  }

  private static boolean isWordOrNumber(int c) {
    return Character.isLetterOrDigit(c) && !Character.isIdeographic(c) || c == '.' || c == ',' || c == '%';
  }

  private static Paragraph piece(Paragraph p, int from, int to) {
    Span span = new Span(from, to);
    List<Span> sentences = new ArrayList<>();
    for (Span s : p.sentences()) {
      int a = Math.max(s.start(), from);
      int b = Math.min(s.end(), to);
      if (a < b) {
        sentences.add(new Span(a, b));
      }
    }
    return new Paragraph(span, sentences);
  }
}
