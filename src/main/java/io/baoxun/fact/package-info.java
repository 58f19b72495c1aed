/**
 * Facts: the typed records the engine finds in documents, with spans into the original text. Built
 * by the segmenter (articles) and the rule engine; judged by checks; written by {@code io}.
 */
package io.baoxun.fact;
