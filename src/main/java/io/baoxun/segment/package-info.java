/**
 * Splits a page of a Chinese local paper into {@link io.baoxun.segment.Article}s, their {@link
 * io.baoxun.segment.Paragraph}s and sentences. Entry point: {@link io.baoxun.segment.Segmenter}.
 *
 * <p>All spans are code point offsets into the <em>normalised</em> text ({@link
 * io.baoxun.text.NormalizedText#text()}); map them with {@link
 * io.baoxun.text.NormalizedText#toOriginal}. The segmenter also works on text that was not
 * normalised (it re-joins hard wraps itself and folds full-width forms for its own decisions).
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Layout per page.</b> Some pages print each headline above its body, others (what PDF
 *       extraction gives for many laid-out pages) after it. The layout is voted per page from the
 *       page's first and last lines, subtitles and bylines, and from which neighbouring text each
 *       headline group shares words with ({@link io.baoxun.segment.LayoutDetector}).
 *   <li><b>Article boundaries</b> are datelines (本报讯, 本报1月11日讯, 聊城日报讯, 新华社北京3月18日电,
 *       bylines over body text), credits ((张蕾), 边艺洲 摄), headline groups, and a wide gap (two or
 *       more blank lines, read from the original) after a finished paragraph.
 *   <li><b>Headlines</b> cover every line of their group (kicker, title, subtitle), so a page banner
 *       right above a headline is part of it. A group of several articles' headlines printed
 *       together is spread over the headline-less articles before it by word overlap.
 *   <li><b>Boxes and captions are articles of their own</b>, with no dateline and no headline, and
 *       {@link io.baoxun.segment.Article.Kind#BOX} or {@link io.baoxun.segment.Article.Kind#CAPTION}:
 *       they neither swallow nor break the report next to them, and consumers can skip them.
 *   <li><b>Orphan headlines</b> (a headline group with no body on either side, as at the foot of a
 *       page whose report continues elsewhere) belong to no article.
 *   <li><b>Paragraphs</b>: a line break left after a finished sentence, or a blank line, breaks a
 *       paragraph; a blank line after an unfinished line does not, when the text after it goes on
 *       to finish the sentence (a column break).
 *   <li><b>Sentences</b> end at 。！？!? and a half-width period outside numbers and words, with the
 *       closing quotes and brackets that follow; at an ellipsis when a new sentence follows; not at
 *       ；. Quotations that close in the paragraph are kept whole.
 * </ul>
 *
 * <h2>Known limits</h2>
 *
 * <ul>
 *   <li>A headline with a bare comma outside quotes is taken for body text.
 *   <li>When the normaliser joins a headline with the line under it (a single line break and no
 *       dateline), the two stay one line: 我市加速推进全员核酸检测工作截至3月20日12时.
 *   <li>A short unpunctuated line between paragraphs of a headline-before page that has datelines
 *       is kept as body (a subheading or a column fragment) and does not start an article.
 * </ul>
 */
package io.baoxun.segment;
