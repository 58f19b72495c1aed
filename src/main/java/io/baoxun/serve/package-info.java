/**
 * The rule author's playground ({@code baoxun serve}): a page and a JSON API on 127.0.0.1, over the
 * pipeline and the {@code io} record writers, reloading the pack when its files change. Above
 * {@code io}, below {@code cli}.
 */
package io.baoxun.serve;
