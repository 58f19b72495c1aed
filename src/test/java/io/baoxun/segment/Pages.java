package io.baoxun.segment;

import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.List;
import java.util.Optional;

/** Test helper: segments a page and shows each article as the text a reader would see. */
final class Pages {
  private Pages() {}

  /** One article as text: dateline, headline (or ""), body, paragraphs and sentences. */
  record Seen(
      Article.Kind kind,
      String dateline,
      String headline,
      String body,
      List<String> paragraphs,
      List<String> sentences) {}

  record Result(Layout layout, List<Seen> articles, NormalizedText text, SegmentedPage page) {
    Seen get(int i) {
      return articles.get(i);
    }

    List<String> headlines() {
      return articles.stream().map(Seen::headline).toList();
    }

    List<String> datelines() {
      return articles.stream().map(Seen::dateline).toList();
    }
  }

  static Result segment(String page) {
    NormalizedText t = NormalizedText.of(page);
    SegmentedPage p = new Segmenter().segmentPage(t);
    List<Seen> seen =
        p.articles().stream()
            .map(
                a ->
                    new Seen(
                        a.kind(),
                        show(t, a.dateline()),
                        show(t, a.headline()),
                        t.slice(a.body()),
                        a.paragraphs().stream().map(q -> t.slice(q.span())).toList(),
                        a.sentences().stream().map(t::slice).toList()))
            .toList();
    return new Result(p.layout(), seen, t, p);
  }

  private static String show(NormalizedText t, Optional<Span> s) {
    return s.map(t::slice).orElse("");
  }
}
