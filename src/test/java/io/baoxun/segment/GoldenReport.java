package io.baoxun.segment;

import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.List;
import java.util.Optional;

/** Renders a segmented page as the readable text the golden files hold. */
final class GoldenReport {
  static final int HEAD_CHARS = 20;
  static final int TAIL_CHARS = 10;

  private GoldenReport() {}

  static String render(String name, NormalizedText text, SegmentedPage page) {
    StringBuilder sb = new StringBuilder();
    List<Article> articles = page.articles();
    sb.append("# ").append(name).append(": ").append(articles.size()).append(" articles, ")
        .append(page.layout() == Layout.HEADLINE_AFTER_BODY ? "headline after body" : "headline before body")
        .append('\n');
    sb.append("# body = code point span of the normalised text; ⏎ = line break\n");
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      int sentences = a.sentences().size();
      sb.append('\n')
          .append('[').append(i + 1).append("] ").append(a.kind())
          .append(" body ").append(a.body().start()).append('-').append(a.body().end())
          .append(", ").append(a.paragraphs().size()).append(" paragraphs, ")
          .append(sentences).append(" sentences\n");
      sb.append("    dateline: ").append(show(text, a.dateline())).append('\n');
      sb.append("    headline: ").append(show(text, a.headline())).append('\n');
      String body = text.slice(a.body());
      int n = body.codePointCount(0, body.length());
      sb.append("    begins:   ").append(escape(cut(body, 0, Math.min(n, HEAD_CHARS)))).append('\n');
      sb.append("    ends:     ").append(escape(cut(body, Math.max(0, n - TAIL_CHARS), n))).append('\n');
    }
    return sb.toString();
  }

  private static String show(NormalizedText text, Optional<Span> span) {
    return span.map(s -> escape(text.slice(s))).orElse("-");
  }

  private static String cut(String s, int from, int to) {
    return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
  }

  static String escape(String s) {
    return s.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎");
  }
}
