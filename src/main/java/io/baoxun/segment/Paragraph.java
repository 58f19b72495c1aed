package io.baoxun.segment;

import io.baoxun.text.Span;
import java.util.List;

/** A paragraph and its sentences, as code point spans of the normalised text. */
public record Paragraph(Span span, List<Span> sentences) {
  public Paragraph {
    sentences = List.copyOf(sentences);
  }
}
