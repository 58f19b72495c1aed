// Report statements of local-news bulletins: testing progress, case reports, tallies, breakdowns
// and rates. rules/reports.rules turns matches of the rules marked FACT into facts.
//
// ANCHORS. Every fact rule starts at a specific token (截至, a time, a status word, a marker, a
// rate name), never at "any Chinese character": the engine tries a rule at every token that can
// start it, so an open start is slow and invents facts. Open stretches of text (regions, what is
// counted, labels) use `clauseWord`: any token but the punctuation that ends a clause. It is a
// negated token set, so it also takes tokens other grammars add (titles, roles ...).
//
// NESTED TYPES. CaseReport and Breakdown are nested types (rules/reports.rules): a statement
// listing several items gives one fact per item, each a prefix of the next. A nested type keeps
// every match strictly inside another, so their rules must start at ONE token per statement (the
// time for a case report, the status word or marker for a breakdown), never at an optional one.
//
// ENDINGS. The engine parses a fact rule on its own, and ANTLR decides "the rule may end here"
// from what the grammar lets follow the rule; a rule nothing refers to could then only end at the
// end of the paragraph, and a list would always try one more item. `factFollow` (bottom) lets
// anything follow the fact rules that end in a list or an optional part, so a list stops where its
// next item does not fit. Keep value rules (time, interval) from being followed here by what they
// could themselves continue with (see CAUTION at caseTime).
//
// WORDS. The Han words below and the lexicon tokens are listed in `reportWord`; Values.g4's
// hanChar should list `reportWord` too (HanCharTest), which only the owner of Values.g4 can add.
grammar Reports;

// ============================================================================ testing progress

// FACT TestingProgress: 截至<time>，<region>…，完成<activity><quantity>，完成比例<percent>.
// Clauses may stand between the time and the completion (采样点…个，出动采样人员…人次，…), to
// the end of the sentence. Without 截至 the statement needs a time of its own (3月20日，… or
// 目前，…); without any time, a marker (累计/已/共) and the article's date.
testingProgress
  : lead=asOfLead at=statTime ',' body=progressBody
  | at=statTime ',' body=progressBody
  ;

// FACT TestingProgress, the second of two counts listed under one 截至: 截至3月22日24时，全市累计
// 接种新冠病毒疫苗1873.5万剂次、完成全程接种952.3万人 (or a comma, or only a space, between the
// counts). bulletin.first_progress stands a fact on the first count (span $first) and
// bulletin.second_progress one on the second (span $second), so the two do not overlap; where
// testingProgress's own match ends at the first count, its longer fact wins over the first's.
progressPair
  : lead=asOfLead at=statTime ',' region=subject? first=progressDone ( '、' | ',' )? second=progressDone
    ( ',' ratio=progressRatio )?
  ;

// FACT TestingProgress in a box of figures beside a report, whose lines stand without the commas
// of a sentence (the engine reads a box as one region):
//   截至3月20日12时 ⏎ 全市共设置采样点3969个，出动采样人员149884人次 ⏎ 全市完成核酸检测518.3万人次，完成比例88.10%
// The line after the time starts with a region word (全市, 我县); the lines of other counts up to
// the completion are skipped, each ending in its unit. CAUTION (as at caseTime): nothing that
// could continue a time may follow statTime here, or value rules elsewhere end differently.
boxProgress
  : lead=asOfLead at=statTime REGION_WORD ( boxSkip*? ( UNIT | '%' ) )? region=subject? done=progressDone
    ( ',' ratio=progressRatio )?
  ;
boxSkip : ~( '。' | '!' | '?' ) ;

// FACT TestingProgress without a time: 全县累计接种新冠疫苗…剂次 (a marker is required; the
// article's date stands for the time).
undatedProgress
  : done=markedDone ( ',' ratio=progressRatio )?
  ;
markedDone
  : progressMarker+ ( verb='完成' progressMod* activity=ACTIVITY | activity=ACTIVITY ) count=quantity
  ;

// The subject (region) stands right before the first marker: 莘县已完成检测…, 全市共设置采样点….
// Clauses that name no completion may come first (出动采样人员149884人次).
progressBody
  : region=subject? done=progressDone ( ( ',' dueClause )? ',' ratio=progressRatio )?
  | first=firstSkip ',' ( skipClause ',' )* done=progressDone ( ',' ratio=progressRatio )?
  ;
// A region word before what the first clause counts is the statement's region: 全市省外返乡人员应检….
// A first clause that is itself a count done is labelled, so that the rule leaves that statement
// to the two facts of bulletin.second_progress.
firstSkip
  : region=subject? done=progressDone
  | region=subject? ( progressMarker | '完成' ) skipWord* | rw=REGION_WORD skipWord+ | skipWord+
  ;
skipClause : skipWord+ ;
skipWord : ~( ',' | ';' | '。' | ':' | '!' | '?' | RATE_NAME ) ;

// 已完成检测79.4万人次, 完成核酸检测518.3万人次, 累计接种新冠疫苗812.6万剂次, 已接种疫苗1632人,
// 已累计开展核酸检测612.5万人次;
// the activity may come first, after the round it is: 全员核酸检测已采样41.7万人, 第二轮全员核酸检测
// 已完成采样84.6万人 (activity 全员核酸检测).
progressDone
  : progressMarker* ( verb=( '完成' | '开展' ) progressMod* activity=ACTIVITY | activity=ACTIVITY ) count=quantity
  | round? activity=ACTIVITY progressMarker+ ( verb='完成' ACTIVITY? | ACTIVITY ) count=quantity
  ;
round : '第' ( CN_NUM | ARABIC ) clauseWord ;
// How many were due, between the count done and its share: 已采样84.6万人，应检85.7万人，完成率98.7%.
dueClause : '应' clauseWord*? quantity ;
// 完成第三轮核酸检测, 完成全市核酸检测
progressMod : ~( ',' | ';' | '。' | ':' | '!' | '?' | ARABIC | ACTIVITY | RATE_NAME | '完成' ) ;
progressMarker : '累计' | '共' | '共计' | '合计' | '已' | '报告' ;

// 完成比例88.10%, 接种率达到96.45%
progressRatio
  : ACTIVITY? RATE_NAME rateLink? value=percent
  ;


// ================================================================================ case reports

// FACT CaseReport, one per item: <time>，<region><status><origin>? <item>、<item>…; the k-th item's
// fact covers the statement up to that item, so the facts of one statement nest. A second
// status after a comma starts a second group: …确诊病例2例，累计报告本土确诊病例30例.
//   3月20日0—24时，全市新增本土确诊病例2例、无症状感染者5例
//   3月20日10时，莘县新增1例新冠肺炎本土无症状感染者
caseReport1 : ctx=caseHead last=caseItem ;
caseReport2 : ctx=caseHead caseItem caseSep last=caseItem ;
caseReport3 : ctx=caseHead caseItem caseSep caseItem caseSep last=caseItem ;
caseReport4 : ctx=caseHead caseItem caseSep caseItem caseSep caseItem caseSep last=caseItem ;
caseReportG2a : ctx=caseHead caseItem ( caseSep caseItem )* groupSep group=caseGroup last=caseItem ;
caseReportG2b
  : ctx=caseHead caseItem ( caseSep caseItem )* groupSep group=caseGroup caseItem caseSep last=caseItem
  ;
// The first item after a third status: …累计报告境外输入确诊病例6例，现有境外输入确诊病例1例；累计报告
// 本土确诊病例935例. (A grammar rule gives one match per start, so each position has its own.)
caseReportG3a
  : ctx=caseHead caseItem ( caseSep caseItem )* groupSep caseGroup caseItem ( caseSep caseItem )* groupSep group=caseGroup
    last=caseItem
  ;
// Before a second status: a comma, or a semicolon with what the report says of the first group
// before it (its parts, or a remark, but no status of its own): …现有本土无症状感染者96例，其中，
// 甲区61例…；现有本土确诊病例23例;
// …新增本土确诊病例2例，均为此前报告的无症状感染者；新增本土无症状感染者9例.
groupSep : ',' | ( ',' ~( ';' | '。' | '新增' | '现有' | '累计' )* )? ';' ;

// FACT CaseReport in a headline, which states no time: 我市新增1例本土无症状感染者. The rule's
// `when` keeps only a match that is the whole headline (so no suffix of it is a report too), and
// turns away a body sentence that repeats the headline (…18—24时，我市新增1例本土无症状感染者。).
// A match in a body is followed by a comma or full stop, which the rule takes in so that the
// match is no longer the headline's text.
headlineCase : region=subject? group=caseGroup item=caseItem tail=headlineTail? ;
headlineTail : ',' | '。' | ';' | '!' | ':' | '(' ;

// FACT CaseReport with the region first: 我市4月1日新增的11例本土无症状感染者(中，…). Only a region
// word (全市, 我市 …: lexicon region_words) starts it, one token, so no suffix is a report too.
regionFirstCase : region=REGION_WORD at=time group=caseGroup '的'? item=caseItem ;

// The time starts the statement (it is required: a case report without one is not matched, and
// so no suffix of a statement is a report of its own); the region is the words before the status.
caseHead
  : at=caseTime ( ',' region=subject? )? ( nilReport ( ',' | ';' ) )? group=caseGroup
  ;
// What the report says did not happen, before what did: 全市无新增本土确诊病例；新增境外输入…
// (无新增 is one token, so 无症状感染者 and the city 无锡 stay as they were).
nilReport : ( '无新增' | '未新增' ) ~( ',' | ';' | '。' | ':' | '!' | '?' )* ;

// CAUTION: the value layer parses time and interval on their own, and ANTLR then predicts with
// what the whole grammar lets follow them: a rule here that lets 点 or a numeral follow a time
// (or any token follow an interval) breaks 零点 and 五点一刻 in the value layer. So a statement
// time is followed by a comma, or by the status word itself (当日新增).
caseTime : iv=interval | tm=time ;

// 新增 / 现有 / 累计(报告) / 报告, with an origin for all the items after it.
caseGroup
  : status=caseStatus origin=caseOrigin?
  ;

caseStatus
  : fresh='新增' | current='现有' | total='累计' '报告'? | '报告' | '新增' '报告' | cured='治愈出院'
  ;

caseOrigin : local='本土' | abroad='境外输入' ;

// 本土确诊病例2例, 无症状感染者5例, 1例新冠肺炎本土无症状感染者, 境外输入病例1例
caseItem
  : origin=caseOrigin? DISEASE? kind=CASE_KIND count=quantity
  | count=quantity DISEASE? origin=caseOrigin? DISEASE? kind=CASE_KIND
  ;

// Between items; a note in brackets may follow an item: 确诊病例15例（济南市10例…）、无症状感染者….
caseSep : bracketNote? ( '、' | ',' | ';' | '和' | '及' ) ;
bracketNote : '(' ~( ')' | '。' )* ')' ;

// =================================================================================== tallies

// FACT Tally: counts of work done as of 截至/截止 and a time: 截至目前，累计开展监督检查71次，
// 监督检查部门(单位)43个… A statement dated otherwise (目前，今年以来，10月1日9时至18时，) or not
// at all is no tally: a tally is introduced by 截至. One count is enough. A tally ends at a clause
// end, so the last item is a count and not the start of one (现有348家…). A named share stated
// between the counts (…已收获786.5万亩，收获率95.7%，累计投入…) does not end it. A sentence that
// goes on to a progress count (…，已完成核酸检测3.69万人) is a TestingProgress, not a tally: the
// rule reads `progress` to turn it away.
tally
  : lead=asOfLead at=statTime ',' items+=tallyItem ( itemSep ( rateSkip ',' )? items+=tallyItem )*
    ( ',' progress=progressDone )? tallyEnd
  ;
rateSkip : REGION_WORD? rateName rateLink? percent ;

// An item may name who did it before a marker: 该办已悬挂横幅30条 counts 悬挂横幅; a region
// before 完成 is not counted either: 全区完成秸秆还田8.2万亩 counts 完成秸秆还田.
tallyItem
  : ( subject? progressMarker+ | REGION_WORD )? what=tallyWhat count=quantity
  | subject done=doneWhat count=quantity
  ;
doneWhat : '完成' tallyWord ( tallyInner* tallyLast )? ;

// What is counted: words up to the count. Not what a progress statement completes (完成核酸检测,
// 接种疫苗, 报告接种…: TestingProgress), not ending in a case kind (累计报告确诊病例: CaseReport),
// and no count, so that in 密切接触者46名、次密切接触者29名 the first count ends the first item:
// no Arabic number, and no Chinese numeral before a unit or hedge (生活物资两千余吨、蔬菜包3.6万份
// is two items), while a numeral in a word (一线人员) may stand. A hedge before the count belongs to the count (培训农民近3000人次 counts 培训农民), and
// 完成 only starts what is counted. An activity word starts it only when more words follow
// (抗原检测试剂5.2万人份 is a thing; 核酸检测5万人次 is progress).
tallyWhat
  : tallyWord ( tallyInner* tallyLast )?
  | '完成' tallyWord ( tallyInner* tallyLast )?
  | ACTIVITY tallyInner* tallyLast
  ;
tallyWord
  : ~( ',' | ';' | '。' | ':' | '!' | '?' | '、' | CASE_KIND | ARABIC | ACTIVITY | '完成' | '累计' | '共'
     | '共计' | '合计' | '已' | '其中' | '报告' | '近' | '约' | '大约' | '将近' | '接近' | '超过' | '逾'
     | '不足' | '不到' | REGION_WORD | '应' )
  ;
tallyInner
  : ~( ',' | ';' | '。' | ':' | '!' | '?' | ARABIC | CN_NUM | '累计' | '共' | '共计' | '合计' | '已' | '完成' )
  | CN_NUM ~( ',' | ';' | '。' | ':' | '!' | '?' | ARABIC | CN_NUM | UNIT | '余' | '多' | '几' | '万' | '亿' | '萬'
            | '億' | '累计' | '共' | '共计' | '合计' | '已' | '完成' )
  ;
tallyLast
  : ~( ',' | ';' | '。' | ':' | '!' | '?' | '、' | ARABIC | CN_NUM | CASE_KIND | '累计' | '共' | '共计' | '合计' | '已'
     | '完成' | '近' | '约' | '大约' | '将近' | '接近' | '超过' | '逾' | '不足' | '不到' )
  ;

itemSep : ',' | '、' | ';' ;
tallyEnd : ',' | '。' | ';' | ')' | '”' ;

// ================================================================================ breakdowns

// FACT Breakdown: a total, then 其中 and its parts:
//   我市现有7例无症状感染者，其中，高唐县1例，聊城经济技术开发区5例，莘县1例
//   报告的7例无症状感染者中，6例有市外旅居史，另外1例也是关联者
//   共派出执法人员3588人次，其中…
breakdown
  : total=breakdownTotal ( ',' dueClause )? ( ',' changeClause )? ( ',' | ';' | '。' | '(' )? '其中'
    ( ','? parts+=breakdownPart ( partSep parts+=breakdownPart )* | ':' parts+=breakdownPart ( itemSep parts+=breakdownPart )* )
    partEnd
  | total=breakdownTotal '中' ',' parts+=breakdownPart ( partSep parts+=breakdownPart )* partEnd
  | total=breakdownTotal '(' parts+=breakdownPart ( itemSep parts+=breakdownPart )+ ')'
  ;
// Parts are listed with 、 or a comma; a semicolon ends the list (其中集中安置4.2万人、分散安置8.4万人；
// 调拨帐篷2300顶… goes on to other things), except after 其中： (其中：市级420人次；县级780人次).
partSep : ',' | '、' ;
// The last part ends its clause, so 其中一类苗占比38.5% (a share) is no part 一类 + 苗.
partEnd : ',' | '。' | ';' | ')' | '”' ;

// A change or a share stated between the total and its parts: 实现进出口总额98.6亿元，同比增长15.2%，
// 其中…; 复产812家，复产率94.4%。其中… (其中 may open the next sentence); before it, how many were due
// (已完成采样41.3万人，应检41.9万人，完成比例98.6%。其中…: the parts are of those done).
changeClause : clauseWord*? percent ;

// Starts at its status word or marker, or at the first word of the clause that counts (排查返乡
//人员2316人，其中…): Breakdown is not nested (rules/reports.rules), so of the matches that end
// together the longest, from the clause's start, is kept. 已有/共有 count what follows 有.
breakdownTotal
  : caseStatus clauseWord? count=quantity kind=caseWhat
  | caseStatus kind=caseWhat count=quantity
  // The second kind under one status: 新增本土确诊病例3例、本土无症状感染者14例（其中…）.
  | kind=caseWhat count=quantity
  | progressMarker+ '有'? what=breakdownWhat countLink? count=quantity
  | open=openWhat countLink? count=quantity
  ;
// 集中供热面积达2860万平方米: the link is no part of what is counted.
countLink : '达' | '达到' | '为' ;

// What a total counts: 派出执法人员, 接种新冠病毒疫苗, 检查企业.
breakdownWhat
  : ( ~( ',' | ';' | '。' | ':' | '!' | '?' | '、' | ARABIC | CN_NUM | '其中' | '达' | '达到' | '为' | '约' | '大约' | '近'
       | '将近' | '接近' | '超过' | '逾' | '不足' | '不到' ) | numeralInWord | linkInWord | ordinalInWord )+
  ;
// 达, 达到, 为 and a hedge inside a name (达标企业, 列为重点的), not right before its count, where they
// belong to the count (面积达2860万平方米, 国家一级保护鸟类约460只: approx 约).
linkInWord
  : ( '达' | '达到' | '为' | '约' | '大约' | '近' | '将近' | '接近' | '超过' | '逾' | '不足' | '不到' )
    ~( ',' | ';' | '。' | ':' | '!' | '?' | ARABIC | CN_NUM | '约' | '近' | '超过' )
  ;
// The same with no marker before it; a list inside it is kept (排查天津、郑州等地返临人员), a
// status word or marker is not (it starts a total of its own).
openWhat
  : openWord ( ~( ',' | ';' | '。' | ':' | '!' | '?' | ARABIC | CN_NUM | '其中' | '累计' | '共' | '共计' | '合计'
     | '已' | '报告' | '新增' | '现有' | CASE_KIND | REGION_WORD | '达' | '达到' | '为' | '约' | '大约' | '近' | '将近'
     | '接近' | '超过' | '逾' | '不足' | '不到' ) | numeralInWord | linkInWord | ordinalInWord )*
  ;
// A numeral inside a word (一线人员, 第三方检测机构), not one that counts: in 转移安置受灾群众十二万
// 六千余人 the count is 十二万六千余人.
numeralInWord
  : CN_NUM ~( ',' | ';' | '。' | ':' | '!' | '?' | '、' | ARABIC | CN_NUM | UNIT | '余' | '多' | '几' | '万' | '亿'
            | '萬' | '億' | '其中' )
  ;
// An ordinal inside a name: 接种新冠病毒疫苗第一剂, 第二批医疗队.
ordinalInWord : '第' ( CN_NUM | ARABIC ) UNIT? ;
// Nor does it start with a word of time (今年种植中稻…, 其中… counts 种植中稻).
openWord
  : ~( ',' | ';' | '。' | ':' | '!' | '?' | '、' | '(' | ')' | ARABIC | CN_NUM | '其中' | '累计' | '共' | '共计'
     | '合计' | '已' | '报告' | '新增' | '现有' | '有' | CASE_KIND | '截至' | '截止' | REGION_WORD
     | '今年' | '去年' | '明年' | '前年' | '本年' | '当年' | '上年' | '目前' | '现在' | '如今' | '眼下' )
  ;

caseWhat : caseOrigin? DISEASE? CASE_KIND ;

// A part is a label and a count, either way round: 高唐县1例, 6例有市外旅居史; a label may hold an
// age range: 3—11岁儿童41.6万剂次. A label never holds a status word (…15例；现有本土确诊病例23例
// starts a new statement).
breakdownPart
  : partLead count=quantity post=partLabel
  | pre=partLabel count=quantity post=partLabel?
  | count=quantity post=partLabel
  | range=rangeLabel count=quantity
  ;
rangeLabel : quantity partWord+ ;

// 另外1例也是关联者: the label follows the count.
partLead : '另外' | '另' | '其余' | '其他' | '此外' ;

partLabel : ( partWord | numeralInWord | linkInWord | ordinalInWord )+ ;
partWord
  : ~( ',' | ';' | '。' | ':' | '!' | '?' | '、' | '其中' | ARABIC | CN_NUM | '新增' | '现有' | '累计' | '报告' | RATE_NAME
     | '达' | '达到' | '为' | '约' | '大约' | '近' | '将近' | '接近' | '超过' | '逾' | '不足' | '不到' )
  ;

// ===================================================================================== rates

// FACT Rate: a named share and its percent, with the count it is a share of when the sentence
// gives it: 接种率达95.6%; 已接种疫苗1632人，接种率达到96.45%; 应接种X人，已接种Y人，接种率Z%.
// The name keeps the words of its clause before it (秸秆综合利用率, 一类苗占比), not the region
// (全市…), a marker nor what stands before 的 (12—17岁人群的接种率 is 接种率); Rate is not nested, so the longest match, from the clause's start, wins.
rate
  : REGION_WORD? name=rateName rateLink? ratio=percent
  | part=partClause ',' REGION_WORD? name=rateName rateLink? ratio=percent
  | whole=wholeClause ',' part=partClause ',' REGION_WORD? name=rateName rateLink? ratio=percent
  | whole=wholeClause ',' part=partClause ',' b=base ',' REGION_WORD? name=rateName rateLink? ratio=percent
  | part=partClause ',' b=base ',' REGION_WORD? name=rateName rateLink? ratio=percent
  | wq=quantity ',' ( skipClause ',' )? ( asOfLead? statTime ','? )? part=partClause ',' REGION_WORD? name=rateName rateLink? ratio=percent
  // The whole first, the part after it in the same clause or the next (156个村中已有139个,
  // 860家企业中，已复产812家, 320户居民中，自愿接种的有301户, 48个村已完成改厕45个).
  | wq=quantity clauseWord*? ( '中' ','? )? ( doneMarker+ '有'? clauseWord*? | clauseWord*? '有' ) pq=quantity clauseWord*? ','
    REGION_WORD? name=rateName rateLink? ratio=percent
  // The part first, then what was to be done (已采样9.6万人，应采9.8万人，采样完成率98%).
  | part=partClause ',' '应' clauseWord*? wq=quantity ',' REGION_WORD? name=rateName rateLink? ratio=percent
  ;

// 按全市常住人口351.8万人计算: the base of the share.
base : '按' clauseWord*? bq=quantity '计算' ;

// 接种率, 秸秆综合利用率, 一类苗占比, 收获率, 收获进度.
rateName
  : rateFirst rateMod* ( RATE_NAME | '率' | '进度' )
  | RATE_NAME
  ;
rateFirst
  : ~( ',' | ';' | '。' | ':' | '!' | '?' | '、' | '(' | ')' | '"' | '“' | '”' | ARABIC | UNIT | REGION_WORD
     | RATE_NAME | '率' | '进度' | '累计' | '共' | '共计' | '合计' | '已' | '其中' | '中' | '达' | '达到' | '为'
     | '以上' | '以下' | '按' | '计算' | '截至' | '截止' | '有' | '的' )
  ;
rateMod
  : ~( ',' | ';' | '。' | ':' | '!' | '?' | '(' | ')' | '"' | '“' | '”' | ARABIC | REGION_WORD | RATE_NAME
     | '率' | '进度' | '累计' | '共' | '共计' | '合计' | '已' | '其中' | '达' | '达到' | '为' | '按' | '计算' | '的' )
  ;

// A count done: 已接种疫苗1632人, 完成整改78个, 莘县已完成检测79.4万人次, 目前已完成4.1万亩.
partClause : doneMarker+ clauseWord*? count=quantity ;
// A clause that states a whole: 共交办边巡边改事项79个, 应接种1700人.
wholeClause : ( doneMarker | '应' ) clauseWord*? count=quantity ;

rateLink : '已'? ( '达' | '达到' | '为' ) ;

// ==================================================================================== shared

// 截至 / 截止 (到)
asOfLead : ( '截至' | '截止' ) '到'? ;

// The time of a statement: 3月20日0—24时 (interval), 3月20日12时, 11:00时, 目前.
statTime : iv=interval | tm=time ;

// 累计, 共, 已, 合计 ... and 完成, which say that a count is of work done.
doneMarker : '累计' | '共' | '共计' | '合计' | '已' | '完成' ;

// Who a statement is about: 全市, 莘县, 聊城经济技术开发区, 开发区教职员工.
subject : CN_NUM? subjectWord+ ;
subjectWord
  : ~( ',' | ';' | '。' | ':' | '!' | '?' | '、' | '(' | ')' | '累计' | '共' | '共计' | '合计' | '已'
     | '完成' | '新增' | '无新增' | '未新增' | '治愈出院' | '现有' | '报告' | '截至' | '截止' | '其中' | '本土' | '境外输入' | ACTIVITY
     | CASE_KIND | DISEASE | RATE_NAME | ARABIC | CN_NUM )
  ;

// Any token inside a clause.
clauseWord : ~( ',' | ';' | '。' | ':' | '!' | '?' ) ;

// Never matched: it lets anything follow a fact rule. The engine parses a fact rule on its own,
// and ANTLR decides "the statement ends here" by what may follow the rule in the grammar; with
// nothing, a list would always try to go on (and fail at the end of the sentence), with this the
// list stops where its next item does not fit.
factFollow
  : ( testingProgress | progressPair | boxProgress | undatedProgress | tally | breakdown | rate ) .*
  ;

// Every Han word this grammar makes a token of. Rules that mean "any Chinese character" should
// accept these as well as hanChar (Values.g4).
reportWord
  : '截至' | '截止' | '其中' | '中' | '累计' | '共' | '共计' | '合计' | '已' | '完成' | '开展' | '新增' | '现有'
  | '无新增' | '未新增' | '治愈出院'
  | '报告' | '本土' | '境外输入' | '和' | '及' | '有' | '达' | '达到' | '为' | '应' | '另外' | '另' | '其余' | '其他' | '此外'
  | '率' | '进度' | '按' | '计算' | '的'
  | ACTIVITY | CASE_KIND | DISEASE | RATE_NAME | REGION_WORD
  ;

ACTIVITY : LEX_ACTIVITIES ;
CASE_KIND : LEX_CASE_KINDS ;
DISEASE : LEX_DISEASES ;
RATE_NAME : LEX_RATE_NAMES ;
REGION_WORD : LEX_REGION_WORDS ;
