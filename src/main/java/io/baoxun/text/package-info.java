/**
 * The text layer: bytes to text ({@link io.baoxun.text.Decoder}), and text to the form a pack
 * matches against ({@link io.baoxun.text.NormalizedText}), with an exact map back to the original
 * so that every fact reports original code point offsets.
 *
 * <p>Rule and grammar authors: the characters that change form (full-width {@code （％３} become
 * {@code (%3}, and so on) are listed in one table on {@link io.baoxun.text.Folding}; how line
 * breaks and spaces are treated is described on {@link io.baoxun.text.NormalizedText}. In short,
 * matching text has no hard wraps inside a paragraph, {@code \n} between lines that stay apart,
 * {@code \n\n} between paragraphs, and a space only between two Latin words or numbers or between
 * two CJK words of two or more characters.
 */
package io.baoxun.text;
