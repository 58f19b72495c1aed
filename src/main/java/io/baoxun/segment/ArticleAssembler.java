package io.baoxun.segment;

import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a page's units into articles once the layout is known.
 *
 * <p>Boundaries: a dateline (or a byline over body text) opens an article; a credit closes one; a
 * headline group stands between two articles and goes to the body it belongs to by the layout; a
 * wide gap (two or more blank lines) after a finished paragraph starts a new item (a photo caption,
 * say). Headline-like lines that are not in a headline position (a column fragment such as
 * 督导组先后到东平县老湖镇中, a subheading inside a long report) stay body text. See {@link
 * #isHeadlineGroup} for when a group of such lines counts.
 */
final class ArticleAssembler {
  /** Line breaks from which a gap between two finished paragraphs starts a new item. */
  static final int WIDE_GAP = 3;
  /** Most headline-less articles a clustered headline group is spread over. */
  private static final int MAX_CLUSTER = 30;
  /** Most lines of a photo caption. */
  private static final int MAX_CAPTION_LINES = 3;

  private final int[] page;
  private final PageUnits p;
  private final Layout layout;
  private final boolean[] opens;
  private final boolean[] closes;
  private final boolean[] inHeadline;
  /** For each unit, the first unit from it on that ends a sentence, is no text, or opens: or n. */
  private final int[] nextStop;

  private ArticleAssembler(int[] page, PageUnits p, Layout layout) {
    this.page = page;
    this.p = p;
    this.layout = layout;
    this.opens = p.opens.clone();
    this.closes = p.closes.clone();
    this.inHeadline = new boolean[p.size()];
    this.nextStop = new int[p.size() + 1];
  }

  static List<Article> assemble(int[] page, PageUnits p, Layout layout) {
    return new ArticleAssembler(page, p, layout).run();
  }

  private record Segment(int start, int end, boolean headline) {}

  private List<Article> run() {
    int n = p.size();
    if (n == 0) {
      return List.of();
    }
    if (layout == Layout.HEADLINE_BEFORE_BODY) {
      bylinesInBrackets();
    }
    nextStop[n] = n;
    for (int i = n - 1; i >= 0; i--) {
      nextStop[i] = p.ends(i) || !p.get(i).isText() || opens[i] ? i : nextStop[i + 1];
    }
    for (Run r : p.runs) {
      if (isHeadlineGroup(r)) {
        for (int i = r.start(); i < r.end(); i++) {
          inHeadline[i] = true;
        }
      }
    }
    List<Segment> segs = segments();
    Span[] headline = attachHeadlines(segs);
    if (layout == Layout.HEADLINE_AFTER_BODY) {
      spreadClusters(segs, headline);
    }
    List<Article> out = new ArrayList<>();
    for (int s = 0; s < segs.size(); s++) {
      Segment g = segs.get(s);
      if (!g.headline()) {
        out.add(article(g, Optional.ofNullable(headline[s])));
      }
    }
    if (out.isEmpty()) {
      // nothing but headline-like lines: a short page is one article all the same
      out.add(article(new Segment(0, n, false), Optional.empty()));
    }
    return out;
  }

  /**
   * Headline-before-body pages sometimes set the reporters in brackets on their own line under the
   * headline: （记者 张三）. Above body text, that line opens the article rather than closing one.
   */
  private void bylinesInBrackets() {
    for (Run r : p.runs) {
      int c = r.end();
      if (c + 1 < p.size() && p.get(c).kind() == Unit.Kind.CREDIT && p.get(c + 1).isPlainText()) {
        opens[c] = true;
        closes[c] = false;
      }
    }
  }

  /**
   * Whether a run of headline-like lines is a headline group, by what stands around it.
   *
   * <ul>
   *   <li>Directly above a dateline: always.
   *   <li>Headline after body: at the end of the page; after a credit; when what follows up to the
   *       next dateline is a credited item (photo and caption) or a box with no sentence; on pages
   *       without datelines, after a finished paragraph. Otherwise the lines are a column fragment
   *       inside a body.
   *   <li>Headline before body, above body text: on pages without datelines, always; on pages
   *       with datelines, when the group has two or more lines (kicker and title, 记者感言 and its
   *       title), follows a credit, opens the page, or follows a wide gap. A single short line
   *       between paragraphs of such a page is more likely a subheading or a column fragment.
   * </ul>
   */
  private boolean isHeadlineGroup(Run r) {
    int n = p.size();
    int prev = r.start() - 1;
    int next = r.end();
    boolean afterEnd = prev < 0 || p.ends(prev);
    if (next < n && opens[next]) {
      return true;
    }
    if (layout == Layout.HEADLINE_AFTER_BODY) {
      if (next >= n) {
        return true;
      }
      if (prev >= 0 && closes[prev]) {
        return true;
      }
      if (boxFollows(next) || creditedItemFollows(next)) {
        return true;
      }
      return p.datelines == 0 && afterEnd && p.get(next).isPlainText();
    }
    if (next >= n) {
      return afterEnd;
    }
    if (!p.get(next).isPlainText()) {
      return false;
    }
    if (p.datelines == 0) {
      return true;
    }
    return r.size() >= 2
        || prev < 0
        || closes[prev]
        || (afterEnd && p.get(r.start()).gapBefore() >= WIDE_GAP);
  }

  /** From {@code i} to the next dateline or the end: text with no finished sentence at all. */
  private boolean boxFollows(int i) {
    int stop = nextStop[i];
    return stop > i && (stop == p.size() || opens[stop]);
  }

  /**
   * A photo and its caption: one or two lines of text from {@code i} closed by a photo credit (边艺洲
   * 摄, or a byline), then a dateline, headline lines or the end. A bracket credit does not count
   * here: it closes reports, and a headline-like line followed by a whole report is a fragment.
   */
  private boolean creditedItemFollows(int i) {
    int n = p.size();
    int k = i;
    while (k < n && k - i < MAX_CAPTION_LINES && p.get(k).isPlainText() && !closes[k]) {
      k++;
    }
    if (k == i || k >= n || !closes[k] || !isPhotoCredit(p.get(k))) {
      return false;
    }
    int after = k + 1;
    return after >= n || opens[after] || p.get(after).headlineCandidate();
  }

  private static boolean isPhotoCredit(Unit u) {
    return u.kind() == Unit.Kind.BYLINE
        || (u.kind() == Unit.Kind.CREDIT && u.text().at(u.text().afterLeadMarkers()) != '(');
  }

  private List<Segment> segments() {
    int n = p.size();
    List<Segment> segs = new ArrayList<>();
    int cur = -1;
    int i = 0;
    while (i < n) {
      if (inHeadline[i]) {
        cur = close(segs, cur, i);
        Run r = p.runOf[i];
        segs.add(new Segment(r.start(), r.end(), true));
        i = r.end();
        continue;
      }
      if (cur >= 0 && (opens[i] || wideGapBefore(i))) {
        cur = close(segs, cur, i);
      }
      if (cur < 0) {
        cur = i;
      }
      if (closes[i]) {
        cur = close(segs, cur, i + 1);
      }
      i++;
    }
    close(segs, cur, n);
    return segs;
  }

  private boolean wideGapBefore(int i) {
    return i > 0
        && p.get(i).gapBefore() >= WIDE_GAP
        && p.ends(i - 1)
        && p.get(i).isPlainText()
        && !inHeadline[i - 1];
  }

  /** Closes the open body segment {@code [cur, end)}; a lone credit joins the body before it. */
  private int close(List<Segment> segs, int cur, int end) {
    if (cur < 0 || cur >= end) {
      return -1;
    }
    boolean onlyCredits = true;
    for (int k = cur; k < end; k++) {
      if (!(closes[k] && p.get(k).kind() != Unit.Kind.TEXT)) {
        onlyCredits = false;
      }
    }
    if (onlyCredits && !segs.isEmpty()) {
      Segment last = segs.get(segs.size() - 1);
      if (!last.headline() && last.end() == cur) {
        segs.set(segs.size() - 1, new Segment(last.start(), end, false));
        return -1;
      }
    }
    segs.add(new Segment(cur, end, false));
    return -1;
  }

  /**
   * Each headline group goes to the body next to it on the layout's side; where that body already
   * has one (or there is none), to the body on the other side if it has none; otherwise it is left
   * out (an orphan, such as the headline of a report continued on another page).
   */
  private Span[] attachHeadlines(List<Segment> segs) {
    Span[] headline = new Span[segs.size()];
    int primary = layout == Layout.HEADLINE_AFTER_BODY ? -1 : 1;
    List<Integer> unplaced = new ArrayList<>();
    for (int s = 0; s < segs.size(); s++) {
      if (segs.get(s).headline() && !place(segs, headline, s, s + primary)) {
        unplaced.add(s);
      }
    }
    for (int s : unplaced) {
      place(segs, headline, s, s - primary);
    }
    return headline;
  }

  private boolean place(List<Segment> segs, Span[] headline, int s, int target) {
    if (target < 0 || target >= segs.size()) {
      return false;
    }
    Segment t = segs.get(target);
    if (t.headline() || headline[target] != null) {
      return false;
    }
    Segment h = segs.get(s);
    headline[target] = new Span(p.get(h.start()).start(), p.get(h.end() - 1).end());
    return true;
  }

  /** See {@link HeadlineClusters}: spreads a group of headlines over the headline-less bodies before it. */
  private void spreadClusters(List<Segment> segs, Span[] headline) {
    for (int s = 1; s < segs.size(); s++) {
      Segment h = segs.get(s);
      int owner = s - 1;
      if (!h.headline() || h.end() - h.start() < 2 || segs.get(owner).headline()) {
        continue;
      }
      Span ownerHeadline = headline[owner];
      if (ownerHeadline == null || ownerHeadline.start() != p.get(h.start()).start()) {
        continue; // the group did not go to the body before it
      }
      List<Integer> bodies = new ArrayList<>();
      for (int k = owner - 1; k >= 0 && bodies.size() < MAX_CLUSTER; k--) {
        Segment g = segs.get(k);
        if (g.headline() || headline[k] != null) {
          break;
        }
        bodies.add(0, k);
      }
      if (bodies.isEmpty()) {
        continue;
      }
      bodies.add(owner);
      List<CompactText> lines = new ArrayList<>();
      for (int i = h.start(); i < h.end(); i++) {
        lines.add(p.get(i).text());
      }
      List<List<CompactText>> texts = new ArrayList<>();
      for (int k : bodies) {
        List<CompactText> t = new ArrayList<>();
        for (int i = segs.get(k).start(); i < segs.get(k).end(); i++) {
          t.add(p.get(i).text());
        }
        texts.add(t);
      }
      int[] to = HeadlineClusters.assign(lines, texts);
      int ownerIndex = bodies.size() - 1;
      // the owner keeps the last stretch of lines nobody else took
      int last = -1;
      int first = -1;
      for (int l = lines.size() - 1; l >= 0; l--) {
        if (to[l] == ownerIndex) {
          if (last < 0) {
            last = l;
          }
          first = l;
        } else if (last >= 0) {
          break;
        }
      }
      headline[owner] =
          last < 0 ? null : new Span(p.get(h.start() + first).start(), p.get(h.start() + last).end());
      for (int l = 0; l < lines.size(); l++) {
        if (to[l] != ownerIndex) {
          Unit u = p.get(h.start() + l);
          headline[bodies.get(to[l])] = new Span(u.start(), u.end());
        }
      }
    }
  }

  private Article article(Segment g, Optional<Span> headline) {
    Unit first = p.get(g.start());
    Unit last = p.get(g.end() - 1);
    boolean dated = opens[g.start()] && first.datelineStart() >= 0;
    Optional<Span> dateline = dated ? Optional.of(first.datelineSpan()) : Optional.empty();
    int bodyStart = ParagraphBuilder.contentStart(first);
    Span body = new Span(bodyStart, last.end());
    List<Paragraph> paragraphs = ParagraphBuilder.build(page, p, g.start(), g.end(), opens);
    return new Article(body, headline, dateline, paragraphs, kindOf(g, headline, dateline));
  }

  private Article.Kind kindOf(Segment g, Optional<Span> headline, Optional<Span> dateline) {
    if (headline.isPresent() || dateline.isPresent()) {
      return Article.Kind.STORY;
    }
    Unit first = p.get(g.start());
    Unit last = p.get(g.end() - 1);
    if (isPhotoCredit(last) || startsCaption(first.text())) {
      return Article.Kind.CAPTION;
    }
    for (int i = g.start(); i < g.end(); i++) {
      if (p.get(i).isText() && p.get(i).endsSentence()) {
        return Article.Kind.STORY;
      }
    }
    return Article.Kind.BOX;
  }

  /** 图为…, 上图：…, 图片说明: the usual openings of a photo caption. */
  private static boolean startsCaption(CompactText t) {
    for (String s : List.of("图为", "上图", "下图", "左图", "右图", "图片", "图:", "图/")) {
      if (t.startsWith(s, 0)) {
        return true;
      }
    }
    return false;
  }
}
