// The value vocabulary of Chinese news reports: numbers, ordinals, quantities, percents, times,
// intervals and durations. Other grammar rules reuse these rules (e.g. `done=quantity`); the Java
// in io.baoxun.value turns a match of them into a value.
//
// THE CONTRACT WITH THE JAVA (io.baoxun.value.ValueRules names the same; ValueRulesContractTest
// fails when one of them is renamed here). Rules whose matches are value items, with their labels:
//   number     pre (preHedge)  one | lo sep hi (term)  post (postHedge)
//   ordinal    value (numeral)
//   quantity   amount (number)  unit (measure)  [sep hiAmount (number)  hiUnit (measure)]  post
//   percent    amount | lo [loSym sep hi] | per lo [sep perHi hi]  sym  tenths extra half  points
//              pre post
//   time       day (date) note same at (dayTime) | rel at | relAt clock | pre pod clock |
//              pre clock | week at | now;  post (timeHedge)
//   interval   opener first (time) sep|via last (time) closer | opener first since|sinceNow |
//              head|lead|on  lo sep last
//   duration   amount (number) unit (durationUnit) half post | half unit
//   frequency  per perUnit count: gives no item, and hides what it covers (三天两检)
// Rules below them, read by the Java:
//   term       value (numeral) approx (infixHedge) extra (multiplier)
//   numeral    sign whole (cardinal) frac (fraction) bare (multiplier) caret power powerSign
//   cardinal   groups mult point decimals kilo (read as text by ChineseNumerals)
//   fraction   den num denSign numSign denMult of | slashWhole slashNum slashDen
//   date       iso | year (yearPart) month (monthPart) dom (dayPart) bareDay mod half
//   yearPart num rel;  monthPart num named rel;  dayPart num unit lunarDay (bare: read as bareDay);
//   weekday d
//   dayTime    pod short clock;   clockTime  hour hu minute second half quarter bareMinute exact hhmm
// Literal tokens (年, 成, 上午 ...) are read by their text, so changing one is a Java change too.
// Rules that accept "any Chinese text" must use hanChar (bottom of this file), not HAN.

// Input is the NORMALISED text (io.baoxun.text.NormalizedText): full-width digits and
// punctuation folded to ASCII, spaces between digits and Chinese dropped, wrapped lines joined.
// Spaces that survive are a hidden token (WS), so values may still span them.
//
// EXAMPLES. The comment lines right above a rule hold its examples; `./baoxun check` and the JUnit
// suite (GrammarExamplesTest) run every one of them through the value finder:
//
//   //> INPUT => EXPECTED             the rule's kind of item covers all of INPUT, with value EXPECTED
//   //> TEXT[[INPUT]]TEXT => EXPECTED the item covers just the part in [[ ]]; the rest is context
//   //> INPUT @2022-03-18 => EXPECTED the same, with a reference date (as `values --reference`)
//   //! INPUT                         no item of the rule's kind anywhere in INPUT
//
// The rule's kind is the item type it serves (date, clockTime ... serve `time`; preHedge serves
// `number`); for frequency, which gives no items, `//!` means no item at all. INPUT is normalised
// like a document (so 5％ and "3 月 18 日" work), and a number nested in a quantity counts as a
// number item. A failure says which kind: no match, partial match, wrong value, unexpected match.
//
// EXPECTED is the value in short form:
//   number     518.3   5183000   -32   7..8 (a range)   300 ~近 (~ names the hedge word)
//   quantity   5183000 人次   20000 名 ~余   7..8 位
//   percent    88.10 %   7..10 %   6 个百分点
//   ordinal    3
//   time       the TIMEX3 value: 2022-01-15  XXXX-03-18TAF  XXXX-03-20T12:00  T05:30  XXXX-WXX-5
//              plus ` ~许` for a hedge and ` mod=END` for 底/末 (TIMEX3 mod)
//   interval   FROM/TO, each a time: XXXX-01-06/XXXX-01-07TMO
//   duration   P14D  PT24H  P3M  P0.5Y  P3D..P5D
//
// TIMES. A year is never guessed: 3月18日 is XXXX-03-18 even with a reference date. Relative
// expressions without a reference keep a relative form (SUTime style):
//   PRESENT_REF                 目前, 现在, 如今
//   THIS P1D / THIS P1M / THIS P1Y / THIS P1W      今天 当天, 本月, 今年, 本周
//   OFFSET P-1D / OFFSET P1D / OFFSET P-1Y ...      昨天, 明天 次日, 去年 ...
//   followed, after a space, by what the expression adds in TIMEX3 form:
//   OFFSET P-1D TEV (昨晚), THIS P1D T18:00 (今天18时), THIS P1Y -03-18 (今年3月18日)
// With a reference date they resolve: 昨晚 @2022-03-18 => 2022-03-17TEV.
// Parts of the day: TMO 上午/早上, TMI 中午, TAF 下午, TEV 晚/晚上/傍晚, TNI 夜/凌晨.
grammar Values;

// ===================================================================================== numbers

// A written number, alone or as a range, with its hedges.
//> 518.3 => 518.3
//> 149884 => 149884
//> 1,050,000 => 1050000
//> 88.10 => 88.10
//> 0.5 => 0.5
//> 二十 => 20
//> 两百 => 200
//> 一千零十二 => 1012
//> 四千零四万 => 40040000
//> 零点五 => 0.5
//> 518.3万 => 5183000
//> 4.78万亿 => 4780000000000
//> 二十万 => 200000
//> 1,100万 => 11000000
//> 3万4000 => 34000
//> 5万4千6百 => 54600
//> 2千零30万 => 20300000
//> 十万柒仟捌佰伍拾肆 => 107854
//> 肆佰陆拾 => 460
//> 壹贰 => 1..2
//> 十萬 => 100000
//> 负三十二 => -32
//> -10000 => -10000
//> 负1.1 => -1.1
//> 三分之一 => 0.333333333333333
//> 二分之一 => 0.5
//> 3又三分之一 => 3.33333333333333
//> 1/2 => 0.5
//> 2万余 => 20000 ~余
//> 十余万 => 100000 ~余
//> 100余万 => 1000000 ~余
//> 60多 => 60 ~多
//> 一千多万 => 10000000 ~多
//> 二十几万 => 200000 ~几
//> 二十幾萬 => 200000 ~幾
//> 两千三点一 => 2300.1
//> [[两百]]点两 => 200
//> 近300 => 300 ~近
//> 约1000 => 1000 ~约
//> 大约五十 => 50 ~大约
//> 超过20 => 20 ~超过
//> 逾百 => 100 ~逾
//> 近万 => 10000 ~近
//> 3至5 => 3..5
//> 3-5 => 3..5
//> 3到5万 => 30000..50000
//> 三至五 => 3..5
//> 三四 => 3..4
//> 七八十 => 70..80
//> 十七八 => 17..18
//> 一两 => 1..2
//> 四万万 => 400000000
//> 百三 => 130
//> 一万三 => 13000
//> 九百九 => 990
//> 40k => 40000
//> 有[[二十]]个 => 20
//> 共[[149884]]人次 => 149884
//! 十分重要
//! 统一
//! 一线
//! 一起
//! 深入一线
//! 万
//! 万万
//! 两两
//! 一一对应
//! 举一反三
//! 十四五规划
//! 四川
//! 陆地
//! 小明拾起石子
//! N95口罩
number
  : pre=preHedge? ( lo=term sep=rangeSep hi=term | one=term ) post=postHedge?
  ;

// One number with an optional hedge inside it (2万余, 100余万).
//> 2万余 => 20000 ~余
//> 100余万 => 1000000 ~余
//> 一百零几万 => 1000000 ~几
//> 五百余万 => 5000000 ~余
term
  : value=numeral ( approx=infixHedge extra+=multiplier* )?
  ;

//> 12 => 12
//> 负12 => -12
//> 二十一万亿 => 21000000000000
//> 一百零一万一千 => 1011000
//> 九万零四百 => 90400
//> 四亿五千六百四十二万零一十五 => 456420015
//> 八千三百八十五万二千三百二十六点三三 => 83852326.33
//> 五亿零六 => 500000006
//> 拾亿零六万零五百零六 => 1000060506
//> 1千零1 => 1001
//> 25万6千 => 256000
//> 一万五千亿 => 1500000000000
//> 四千三百亿 => 430000000000
//> 1,100.9亿 => 110090000000
//> 三点五万 => 35000
//> 一千零十又3分之1 => 1010.33333333333
//> 2^5 => 32
//> 2^-1 => 0.5
//> -2.5^-1 => -0.4
numeral
  : sign=signWord? ( whole=cardinal ( '又' frac=fraction | caret='^' ( '+' | powerSign+=signWord )* power=ARABIC )?
                   | frac=fraction
                   | bare=multiplier
                   )
  ;

// Digits and multipliers, Arabic, Chinese or both; the Java checks the order (十百 is no number).
//> 一百零十万 => 1100000
//> 一万零十二 => 10012
//> 一万零十二点一五 => 10012.15
//> 两千四百五 => 2450
//> 倆千两百贰拾二 => 2222
//> 10万万 => 1000000000
//> 五兆六十二亿四万五千二 => 5006200045200
//> 2e5 => 200000
//> 12.32e+14 => 1232000000000000
//> .5 => 0.5
//> 二〇二二 => 2022
cardinal
  : groups+=digitGroup ( mult+=multiplier groups+=digitGroup? )*
    ( point=decimalPoint decimals=CN_NUM mult+=multiplier* )? kilo=( 'k' | 'K' )?
  ;

// Arabic and Chinese digits may alternate (4千6百) but two Arabic numbers never touch (3 5 is two
// numbers). Two Chinese runs touch only across a space the normaliser kept: 三千 八百.
//> 4千6百 => 4600
//> 三千 八百 => 3800
//> [[3]] 5 => 3
//> 1千零20 => 1020
digitGroup
  : ARABIC ( CN_NUM+ ARABIC )* CN_NUM*
  | CN_NUM+ ( ARABIC CN_NUM+ )* ARABIC?
  ;

//> 三分之一 => 0.333333333333333
//> 五分之壹 => 0.2
//> 壹百分之二 => 0.02
//> 二十五分之一百四十四 => 5.76
//> 3分之1 => 0.333333333333333
//> 2/3 => 0.666666666666667
//> 五百万分之一 => 0.0000002
//> 一百万又五十万分之二十五 => 1000000.00005
//> 三千分之一 => 0.000333333333333333
//> 12/1 => 12
//> 16/5 => 3.2
//> 1 3/5 => 1.6
//> 负3分之负一百五十七 => 52.3333333333333
//> 二分 之一 => 0.5
fraction
  : denSign=signWord? den=cardinal ( '分之' | '分' of=HAN ) numSign=signWord? num=cardinal
  | denSign=signWord? den=cardinal denMult=percentWord numSign=signWord? num=cardinal
  | slashWhole=ARABIC? slashNum=ARABIC '/' slashDen=ARABIC
  ;

//> 5万 => 50000
//> 3亿 => 300000000
//> 5萬 => 50000
//> [[3]]兆瓦 => 3
//> 2億 => 200000000
multiplier : '万' | '亿' | '萬' | '億' | '兆' ;

//> 二点五 => 2.5
//> 二點五 => 2.5
decimalPoint : '点' | '點' ;

//> 负5 => -5
//> 負5 => -5
//> -5 => -5
//> COVID-[[19]] => 19
signWord : '负' | '負' | '-' ;

//> 近300 => 300 ~近
//> 约300 => 300 ~约
//> 将近300 => 300 ~将近
//> 接近300 => 300 ~接近
//> 超过300 => 300 ~超过
//> 逾300 => 300 ~逾
//> 不足300 => 300 ~不足
//> 不到300 => 300 ~不到
preHedge : '近' | '约' | '大约' | '将近' | '接近' | '超过' | '逾' | '不足' | '不到' ;

//> 300余 => 300 ~余
//> 300多 => 300 ~多
//> 十几 => 10 ~几
infixHedge : '余' | '多' | '几' | '幾' ;

//> 300左右 => 300 ~左右
//> 300以上 => 300 ~以上
//> 300上下 => 300 ~上下
//> 300及以上 => 300 ~及以上
//> 300以下 => 300 ~以下
postHedge : '左右' | '以上' | '及以上' | '以下' | '及以下' | '上下' ;

//> 3至5 => 3..5
//> 3到5 => 3..5
//> 3-5 => 3..5
//> 3~5 => 3..5
//> 3〜5 => 3..5
//> 3—5 => 3..5
//> 3——5 => 3..5
//> 3–5 => 3..5
//> [[5]]-3 => 5
rangeSep : '至' | '到' | '-' | '~' | '〜' | '—' '—'? | '–' ;

// ==================================================================================== ordinals

//> 第三 => 3
//> 第250 => 250
//> 第二百五十 => 250
//> 第十四 => 14
//> [[第一]]名 => 1
//> [[第二]]批 => 2
//> 市[[第二]]人民医院 => 2
//! 第一时间
//! 第
ordinal
  : '第' value=numeral
  ;

// ================================================================================== quantities

// A number with a unit or measure word from lexicons/units.txt.
//> 518.3万人次 => 5183000 人次
//> 79.4万人次 => 794000 人次
//> 149884人次 => 149884 人次
//> 抽检[[1480批次]] => 1480 批次
//> 新打机井[[1.2万眼]] => 12000 眼
//> 2万余名 => 20000 名 ~余
//> 七八位 => 7..8 位
//> 三四批 => 3..4 批
//> 10万元 => 100000 元
//> 3.5亿元 => 350000000 元
//> 1例 => 1 例
//> 4处 => 4 处
//> 43个 => 43 个
//> 292名 => 292 名
//> 2290间 => 2290 间
//> 1.8万管 => 18000 管
//> 2426家次 => 2426 家次
//> 3588人次 => 3588 人次
//> 17台 => 17 台
//> 3件 => 3 件
//> 300余次 => 300 次 ~余
//> 百余名 => 100 名 ~余
//> 近4000户 => 4000 户 ~近
//> 近万人 => 10000 人 ~近
//> 50余人 => 50 人 ~余
//> 30余个 => 30 个 ~余
//> 2.2吨 => 2.2 吨
//> 1万元 => 10000 元
//> 12~17岁 => 12..17 岁
//> 60岁以上 => 60 岁 ~以上
//> 60岁及以上 => 60 岁 ~及以上
//> 12岁以下 => 12 岁 ~以下
//> 增长了[[1倍]] => 1 倍
//> 300人左右 => 300 人 ~左右
//> 一米 => 1 米
//> 两个 => 2 个
//> 十个 => 10 个
//> 一批 => 1 批
//> 3至5例 => 3..5 例
//> 5kg => 5 kg
//> 120平方米 => 120 平方米
//> 8人份 => 8 人份
//> 6剂次 => 6 剂次
//> 一只 => 1 只
//> 十斤 => 10 斤
//> 有[[一两个]]人 => 1..2 个
//> 全省唯一[[两个]]县 => 2 个
//> 新增确诊病例[[7例]] => 7 例
//> 辖区人口[[29620人]] => 29620 人
//> 1.35元至1.42元 => 1.35..1.42 元
//> 8公斤—10公斤 => 8..10 公斤
//> 价格在[[3元到5元]]之间 => 3..5 元
//> [[5元]]至10个 => 5 元
//! 一起
//! 一度紧张
//! 一次性
//! 一对一
quantity
  : amount=number unit=measure sep=rangeSep hiAmount=number hiUnit=measure post=postHedge?
  | amount=number unit=measure post=postHedge?
  ;

measure : UNIT ;

// ==================================================================================== percents

// A quantity with unit % (or 个百分点 / 百分点, as written). The value keeps the written precision: 88.10% => 88.10.
//> 88.10% => 88.10 %
//> 85.35% => 85.35 %
//> 25% => 25 %
//> -22.2% => -22.2 %
//> 负3.9% => -3.9 %
//> 5％ => 5 %
//> 百分之九十 => 90 %
//> 百分之2.4 => 2.4 %
//> 百分之百 => 100 %
//> 百分之一百二十点五 => 120.5 %
//> 千分之一 => 0.1 %
//> 千分之2.4 => 0.24 %
//> 万分之三 => 0.03 %
//> 3‰ => 0.3 %
//> 九成 => 90 %
//> 三成 => 30 %
//> 两成 => 20 %
//> 半成 => 5 %
//> 三成半 => 35 %
//> 七成六 => 76 %
//> 9.5成 => 95 %
//> 十成 => 100 %
//> 9成 => 90 %
//> 五折 => 50 %
//> 75折 => 75 %
//> 9.9折 => 99 %
//> 三八折 => 38 %
//> 三点一折 => 31 %
//> 7%—10% => 7..10 %
//> 7%-10% => 7..10 %
//> 7-10% => 7..10 %
//> 百分之七到百分之十 => 7..10 %
//> 百分之七到十 => 7..10 %
//> 约30% => 30 % ~约
//> 90%以上 => 90 % ~以上
//> 九成以上 => 90 % ~以上
//> 六个百分点 => 6 个百分点
//> 2.4个百分点 => 2.4 个百分点
//> 12.56个百分点 => 12.56 个百分点
//> 完成比例[[88.10%]] => 88.10 %
//> 上升了[[百分之2.2]] => 2.2 %
//! 十折
//! 一成不变
percent
  : pre=preHedge? lo=term loSym=percentSign sep=rangeSep hi=term sym=percentSign post=postHedge?
  | amount=number sym=percentSign post=postHedge?
  | pre=preHedge? per=percentWord lo=term ( sep=rangeSep perHi=percentWord? hi=term )? post=postHedge?
  | amount=number tenths=tenthsWord extra=CN_NUM? half='半'? post=postHedge?
  | half='半' tenths=tenthsWord
  | amount=number points=pointsWord
  ;

//> 3% => 3 %
//> 3％ => 3 %
//> 3‰ => 0.3 %
percentSign : '%' | '‰' ;

//> 百分之3 => 3 %
//> 千分之3 => 0.3 %
//> 仟分之贰 => 0.2 %
//> 万分之3 => 0.03 %
//> 萬分之肆 => 0.04 %
percentWord : '百分之' | '千分之' | '仟分之' | '万分之' | '萬分之' ;

//> 八成 => 80 %
//> 八折 => 80 %
tenthsWord : '成' | '折' ;

//> 3个百分点 => 3 个百分点
//> 3百分点 => 3 百分点
//> 3個百分點 => 3 个百分点
pointsWord : '个百分点' | '百分点' | '個百分點' | '百分點' ;

// ======================================================================================= times

// A date, a time of day, or both; relative days (昨天, 当天) and the present (目前).
//> 3月18日 => XXXX-03-18
//> 3月18日下午 => XXXX-03-18TAF
//> 3月18日上午 => XXXX-03-18TMO
//> 3月20日12时 => XXXX-03-20T12:00
//> 3月18日零点 => XXXX-03-18T00:00
//> 3月20日10时 => XXXX-03-20T10:00
//> 3月17日晚 => XXXX-03-17TEV
//> 7月25日早 => XXXX-07-25TMO
//> 7月25日早间 => XXXX-07-25TMO
//> 2022年1月15日 => 2022-01-15
//> 二〇二二年 => 2022
//> 2022年 => 2022
//> 二零零四年八月十五 => 2004-08-15
//> 2018年10月 => 2018-10
//> 2018年12月 => 2018-12
//> 3月 => XXXX-03
//> 29日 => XXXX-XX-29
//> 2月30日 => XXXX-02-30
//> 12月5日 => XXXX-12-05
//> 1月19号下午5:00 => XXXX-01-19T17:00
//> 10月12号,星期一 => XXXX-10-12
//> 3月18日(星期五) => XXXX-03-18
//> 2010/01/29 => 2010-01-29
//> 2020/12/1 => 2020-12-01
//> 2022-03-18 => 2022-03-18
//> 2010.01.29晚上六点 => 2010-01-29T18:00
//> 1987年1月11日八点 => 1987-01-11T08:00
//> 2015年十月初一早上九点二十 => 2015-10-01T09:20
//> 农历2015年十月初一 => 2015-10-01
//> 正月三十 => XXXX-01-30
//> 18年10月1日 => 2018-10-01
//> 3月20日12时许 => XXXX-03-20T12:00 ~许
//> 3月底 => XXXX-03 mod=END
//> 3月初 => XXXX-03 mod=START
//> 2022年底 => 2022 mod=END
//> 今年上半年 => THIS P1Y -H1
//> 11:00时 => T11:00
//> 23时37分 => T23:37
//> 16时40分50秒 => T16:40:50
//> 5:30 => T05:30
//> 17:55:23 => T17:55:23
//> 上午10时 => T10:00
//> 下午5:00 => T17:00
//> 晚上9:30 => T21:30
//> 晚上19:30 => T19:30
//> 凌晨2点半 => T02:30
//> 下午三点 => T15:00
//> 中午12时 => T12:00
//> 凌晨 => TNI
//> 中午 => TMI
//> 上午 => TMO
//> 下午 => TAF
//> 晚上 => TEV
//> 零点 => T00:00
//> 13点 => T13:00
//> 15时20分 => T15:20
//> 8点十五分 => T08:15
//> 五点一刻 => T05:15
//> 当天 => THIS P1D
//> 当天 @2022-03-18 => 2022-03-18
//> 当天下午 => THIS P1D TAF
//> 昨天 => OFFSET P-1D
//> 昨天 @2022-03-18 => 2022-03-17
//> 昨日 @2018-07-30 => 2018-07-29
//> 后天 @2018-09-18 => 2018-09-20
//> 後天 @2018-09-18 => 2018-09-20
//> 明天下午5:00 @2016-11-07 => 2016-11-08T17:00
//> 今晚6点 @2016-11-07 => 2016-11-07T18:00
//> 今晨5点 @2016-11-07 => 2016-11-07T05:00
//> 今早8点十五分 @2016-11-07 => 2016-11-07T08:15
//> 昨晚 => OFFSET P-1D TEV
//> 昨晚 @2022-03-18 => 2022-03-17TEV
//> 次日凌晨 @2022-03-18 => 2022-03-19TNI
//> 今年 => THIS P1Y
//> 今年 @2022-03-18 => 2022
//> 去年 @2022-03-18 => 2021
//> 今年1月1日 => THIS P1Y -01-01
//> 今年1月1日 @2022-03-18 => 2022-01-01
//> 3月18日 @2022-03-20 => XXXX-03-18
//> 29日 @2018-01-22 => XXXX-XX-29
//> 目前 => PRESENT_REF
//> 现在 => PRESENT_REF
//> 周三 => XXXX-WXX-3
//> 星期日 => XXXX-WXX-7
//> 禮拜一 => XXXX-WXX-1
//> 截至[[3月20日12时]],莘县 => XXXX-03-20T12:00
//> 本报讯(记者 王培源)[[3月18日下午]],省政府 => XXXX-03-18TAF
//> 本报[[1月11日]]讯 => XXXX-01-11
//> 坚持每天[[早晨5:30]]之前 => T05:30
//! 12~17岁
//! 三天两检
//! 3年
//! 3号楼
//! 12号
//! 提出三点要求
//! 好一点
//! 风靡一时
//! 同时
//! 日夜坚守一线
//! 近日
//! 1:1000
time
  : lunar='农历'? day=date note=weekdayNote? same=sameDay? at=dayTime? post=timeHedge?
  | rel=relDay at=dayTime? post=timeHedge?
  | relAt=relDayPart clock=clockTime? post=timeHedge?
  | pre=timePreHedge? pod=partOfDay clock=clockTime? post=timeHedge?
  | pre=timePreHedge? clock=clockTime post=timeHedge?
  | week=weekday at=dayTime?
  | now=presentWord
  ;

//> 2022年1月15日 => 2022-01-15
//> 2022年3月 => 2022-03
//> 2022年 => 2022
//> 3月15日 => XXXX-03-15
//> 3月 => XXXX-03
//> 15日 => XXXX-XX-15
//! 一日三餐
//> 2022-01-15 => 2022-01-15
//> 2022.1.15 => 2022-01-15
//> 三月十五日 => XXXX-03-15
//> 十二月 => XXXX-12
//> 2022年上半年 => 2022-H1
//> 2022年下半年 => 2022-H2
//> 3月上旬 => XXXX-03 mod=START
//> 3月中旬 => XXXX-03 mod=MID
//> 3月下旬 => XXXX-03 mod=END
//> 3月末 => XXXX-03 mod=END
//! 13月
//! 32日
date
  : iso=DATE_NUMERIC
  | year=yearPart ( month=monthPart ( dom=dayPart | bareDay=CN_NUM | mod=periodMod )? | mod=periodMod | half=halfYear )?
  | month=monthPart ( dom=dayPart | bareDay=CN_NUM | mod=periodMod )?
  | dom=dayPart
  | half=halfYear
  ;

//> 2022年 => 2022
//> 1949年 => 1949
//> 二零二二年 => 2022
//> 今年 => THIS P1Y
//> 去年 => OFFSET P-1Y
//> 明年 => OFFSET P1Y
//> 前年 => OFFSET P-2Y
//> 当年 => THIS P1Y
//! 5000年
//! 两年
yearPart
  : num=( ARABIC | CN_NUM ) '年'
  | rel=relYear
  ;

//> 本月 => THIS P1M
//> 当月 => THIS P1M
//> 上月 => OFFSET P-1M
//> 下个月 => OFFSET P1M
//> 本月10日 @2017-03-22 => 2017-03-10
//> 正月 => XXXX-01
//> 腊月 => XXXX-12
monthPart
  : num=( ARABIC | CN_NUM ) '月'
  | named=namedMonth
  | rel=relMonth
  ;

//> 正月初一 => XXXX-01-01
//> 冬月 => XXXX-11
namedMonth : '正月' | '腊月' | '冬月' ;

// A day with no 日 or 号 (八月十五) is the date's bareDay, right after a month: a Chinese numeral
// alone is no date, and each of them (一, 三, 两 ...) would otherwise start a time.
//> 18日 => XXXX-XX-18
//> 三月十八日 => XXXX-03-18
//! 日复一日
//> 3月18号 => XXXX-03-18
//> 十月初一 => XXXX-10-01
//> 八月十五 => XXXX-08-15
//! 18号
//! 开展一次排查
dayPart
  : num=( ARABIC | CN_NUM ) unit=( '日' | '号' | '號' )
  | lunarDay='初' num=CN_NUM
  ;

//> 3月初 => XXXX-03 mod=START
//> 3月底 => XXXX-03 mod=END
periodMod : '初' | '上旬' | '中旬' | '下旬' | '底' | '末' ;

//> 上半年 => XXXX-H1
//> 下半年 => XXXX-H2
halfYear : '上半年' | '下半年' ;

//> 今年 => THIS P1Y
//> 本年 => THIS P1Y
//> 上年 => OFFSET P-1Y
relYear : '今年' | '去年' | '明年' | '前年' | '本年' | '当年' | '上年' ;

//> 当月 => THIS P1M
//> 上个月 => OFFSET P-1M
relMonth : '本月' | '当月' | '上月' | '下月' | '上个月' | '下个月' ;

//> 今天 => THIS P1D
//> 今日 => THIS P1D
//> 当日 => THIS P1D
//> 前天 => OFFSET P-2D
//> 明天 => OFFSET P1D
//> 明日 => OFFSET P1D
//> 次日 => OFFSET P1D
//> 翌日 => OFFSET P1D
//> 今天 @2019-08-28 => 2019-08-28
relDay
  : '今天' | '今日' | '当天' | '当日' | '本日' | '昨天' | '昨日' | '前天' | '明天' | '明日' | '后天'
  | '後天' | '次日' | '翌日'
  ;

//> 今晨 => THIS P1D TMO
//> 今早 => THIS P1D TMO
//> 今晚 => THIS P1D TEV
//> 今夜 => THIS P1D TNI
//> 昨夜 => OFFSET P-1D TNI
//> 当晚 => THIS P1D TEV
//> 明晚 => OFFSET P1D TEV
//> 当晚 @2022-03-18 => 2022-03-18TEV
relDayPart
  : '今晨' | '今早' | '今晚' | '今夜' | '昨晚' | '昨夜' | '当晚' | '当夜' | '明晚' | '明早'
  ;

//> 早上 => TMO
//> 清晨 => TMO
//> 午后 => TAF
//> 傍晚 => TEV
//> 深夜 => TNI
//> 半夜 => TNI
//> 早上8时 => T08:00
//> 傍晚6点 => T18:00
//> 深夜11点 => T23:00
//> 中午1点 => T13:00
//> 晚上12点 => T24:00
partOfDay
  : '上午' | '早上' | '早晨' | '清晨' | '早间' | '中午' | '午间' | '下午' | '午后' | '傍晚'
  | '晚上' | '晚间' | '夜间' | '夜里' | '深夜' | '凌晨' | '半夜' | '午夜'
  ;

// 晚, 早 and 夜 alone are a part of day only right after a date (3月17日晚).
//> 3月17日夜 => XXXX-03-17TNI
//! 晚报
//! 早日
shortPartOfDay : '晚' | '早' | '夜' ;

//> 3月18日下午3时 => XXXX-03-18T15:00
//> 3月18日15时 => XXXX-03-18T15:00
//> 3月18日晚8点 => XXXX-03-18T20:00
dayTime
  : pod=partOfDay clock=clockTime?
  | short=shortPartOfDay clock=clockTime?
  | clock=clockTime
  ;

// A clock time. A bare Chinese hour with 时 (一时) or any bare hour with 点 (三点要求) is no time:
// it needs a minute, a part of the day or a date.
//> 12时 => T12:00
//> 0时 => T00:00
//> 24时 => T24:00
//> 10时30分 => T10:30
//> 8点30分 => T08:30
//> 九点二十 => T09:20
//> 2点半 => T02:30
//> 三点三刻 => T03:45
//> 零点整 => T00:00
//> 11:00 => T11:00
//> 11:00时 => T11:00
//> 5:30 => T05:30
//! 25时
//! 3点
//! 一时
//> [[零时]]起 => T00:00
clockTime
  : hour=( ARABIC | CN_NUM ) hu=hourWord
    ( minute=( ARABIC | CN_NUM ) '分' ( second=( ARABIC | CN_NUM ) '秒' )?
    | half='半'
    | quarter=( '一刻' | '三刻' )
    | bareMinute=( ARABIC | CN_NUM )
    | exact='整'
    )?
  | hhmm=CLOCK hu=hourWord?
  ;

//> 8时 => T08:00
//> 8時 => T08:00
//> 8点钟 => T08:00
//> 8點30分 => T08:30
hourWord : '时' | '時' | '点' | '點' | '点钟' ;

//> 12时许 => T12:00 ~许
//> 12时左右 => T12:00 ~左右
//> 12时前后 => T12:00 ~前后
timeHedge : '许' | '左右' | '前后' ;

// A hedge before a clock time also says that 十点 is a time (not "ten points").
//> 大约十点 => T10:00 ~大约
//> 约10时 => T10:00 ~约
//> 大约晚上十点 => T22:00 ~大约
timePreHedge : '约' | '大约' ;

//> 周一 => XXXX-WXX-1
//> 星期五 => XXXX-WXX-5
//> 星期天 => XXXX-WXX-7
//> 週三 => XXXX-WXX-3
//> 礼拜六 => XXXX-WXX-6
//> 周一上午 => XXXX-WXX-1TMO
//! 周边
//! 星期八
//! 每周两次
weekday
  : ( '星期' | '周' | '週' | '礼拜' | '禮拜' ) d=( CN_NUM | '日' | '天' )
  ;

// 当天 right after a date is that date (11月29日当天), 当晚 its evening.
//> 11月29日当天 => XXXX-11-29
//> 3月18日当晚 => XXXX-03-18TEV
//> 3月18日当天下午 => XXXX-03-18TAF
sameDay : '当天' | '当日' | '当晚' | '当夜' ;

//> 3月18日(周五) => XXXX-03-18
//> 3月18日 星期五 => XXXX-03-18
weekdayNote
  : '(' weekday ')'
  | ','? weekday
  ;

//> 目前 => PRESENT_REF
//! 疫情当前
//> 如今 => PRESENT_REF
//> 眼下 => PRESENT_REF
//> 截至[[目前]] => PRESENT_REF
presentWord : '目前' | '现在' | '如今' | '眼下' ;

// =================================================================================== intervals

// Two times, or a number and a time that lends it its unit (18—24时). What the second time does
// not say (year, month, day) it takes from the first: 1月6日至7日上午 ends on XXXX-01-07TMO.
//> 1月6日至7日上午 => XXXX-01-06/XXXX-01-07TMO
//> 18—24时 => T18:00/T24:00
//> 3月20日0—24时 => XXXX-03-20T00:00/XXXX-03-20T24:00
//> [[3月20日0时至24时]],全市新增 => XXXX-03-20T00:00/XXXX-03-20T24:00
//> 2022年3月20日0-24时 => 2022-03-20T00:00/2022-03-20T24:00
//> 8时至12时 => T08:00/T12:00
//> 上午8时至下午5时 => T08:00/T17:00
//> 3月18日至20日 => XXXX-03-18/XXXX-03-20
//> 3月18日—3月20日 => XXXX-03-18/XXXX-03-20
//> 3月1-5日 => XXXX-03-01/XXXX-03-05
//> 早上五到六点 => T05:00/T06:00
//> 下午3至5时 => T15:00/T17:00
//> 从昨天下午两点到明天四点 @2016-11-07 => 2016-11-06T14:00/2016-11-08T04:00
//! 2017-11/2
//> 1-2月 => XXXX-01/XXXX-02
//> 2021-2022年 => 2021/2022
//> 从一月十日到十二日 => XXXX-01-10/XXXX-01-12
//> 从2016年一月十日到十二日 => 2016-01-10/2016-01-12
//> 从一月十日到20日 => XXXX-01-10/XXXX-01-20
//> 时间[[从二零一六年至二零一八年]] => 2016/2018
//> 自3月17日以来 => XXXX-03-17/PRESENT_REF
//> 今年以来 => THIS P1Y/PRESENT_REF
//> 3月1日至今 => XXXX-03-01/PRESENT_REF
//> 自2022年1月15日起至3月15日 => 2022-01-15/2022-03-15
//> 18年10月1日到19年2月3日 => 2018-10-01/2019-02-03
//> 2016年12月15日晚上7:00到8:00 => 2016-12-15T19:00/2016-12-15T20:00
//> 下午5:00到6:00 => T17:00/T18:00
//> 下午五点到晚上七点半 => T17:00/T19:30
//> 从17点55分23秒至18点33分02秒 => T17:55:23/T18:33:02
//> 周一上午10点到12点 => XXXX-WXX-1T10:00/XXXX-WXX-1T12:00
//! 3月18日、19日
//! 12~17岁
interval
  : opener=( '从' | '自' )? first=time ( sep=rangeSep | via=( '起至' | '起到' ) ) last=time
    closer=( '止' | '为止' )?
  | opener=( '从' | '自' )? first=time ( since='以来' | sinceNow='至今' )
  | ( head=monthPart | lead=partOfDay )? lo=( ARABIC | CN_NUM ) sep=rangeSep last=time
  | on=date lo=( ARABIC | CN_NUM ) sep=rangeSep last=time
  ;

// =================================================================================== durations

//> 24小时 => PT24H
//> 3个月 => P3M
//> 14天 => P14D
//> 两年 => P2Y
//> 3年 => P3Y
//> 5个小时 => PT5H
//> 半小时 => PT0.5H
//> 半个月 => P0.5M
//> 半年 => P0.5Y
//> 三年半 => P3.5Y
//> 一年半 => P1.5Y
//> 一个钟头 => PT1H
//> 半个钟头 => PT0.5H
//> 30分钟 => PT30M
//> 20秒 => PT20S
//> 7周 => P7W
//> 两个星期 => P2W
//> 10个工作日 => P10D
//> 近14天 => P14D ~近
//> 超过20分钟 => PT20M ~超过
//> 3个多月 => P3M ~多
//> 3至5天 => P3D..P5D
//> 为期[[3个月]]的 => P3M
//> 集中隔离[[14天]] => P14D
//> [[48小时]]内 => PT48H
//> 隔离[[14天]]7天 => P14D
//! 三天两检
//! 3月
//! 2019年以来
//! 自2022年起
duration
  : amount=number unit=durationUnit half='半'? post=postHedge?
  | half='半' unit=durationUnit
  ;

//> 2小时 => PT2H
//> 2个小时 => PT2H
//> 2个多小时 => PT2H ~多
//> 2钟头 => PT2H
//> 2天 => P2D
//> 2周 => P2W
//> 2个周 => P2W
//> 2星期 => P2W
//> 2个月 => P2M
//> 2年 => P2Y
//> 2分钟 => PT2M
//> 2秒钟 => PT2S
//> 2个工作日 => P2D
//> 近7日 => P7D ~近
//! 7日
durationUnit
  : '小时' | '个小时' | '个多小时' | '钟头' | '个钟头' | '天' | '周' | '个周' | '星期' | '个星期'
  | '个月' | '个多月' | '年' | '分钟' | '秒' | '秒钟' | '工作日' | '个工作日' | '日'
  ;

// A rate such as 三天两检 (two tests every three days) is no duration and no count: this rule
// matches it so that nothing inside is reported.
//! 三天两检
//! 实施好三天两检
//! 七天三检
//! 一周两次
frequency
  : per=number perUnit=( '天' | '周' ) count=number ( UNIT | HAN )
  ;

// ====================================================================== any Han token, for rules

// One Han character, whatever token the lexer made of it. The lexer turns the literals of this
// grammar (年, 上午 ...), numerals (CN_NUM) and units (UNIT) into their own tokens, so a rule that
// wants "any Chinese text" must say hanChar, not HAN. (A test checks that every Han literal of the
// pack grammar is listed here.)
hanChar
  : HAN | CN_NUM | UNIT | NOT_VALUE | reportWord | bylineWord
  | '万' | '亿' | '萬' | '億' | '兆' | '点' | '點' | '又' | '分之' | '负' | '負' | '幾'
  | '近' | '约' | '大约' | '将近' | '接近' | '超过' | '逾' | '不足' | '不到' | '余' | '多' | '几'
  | '左右' | '以上' | '及以上' | '以下' | '及以下' | '上下' | '至' | '到' | '第'
  | '百分之' | '千分之' | '仟分之' | '万分之' | '萬分之' | '成' | '折' | '半'
  | '个百分点' | '百分点' | '個百分點' | '百分點'
  | '农历' | '年' | '月' | '日' | '号' | '號' | '初' | '正月' | '腊月' | '冬月'
  | '上旬' | '中旬' | '下旬' | '底' | '末' | '上半年' | '下半年'
  | '今年' | '去年' | '明年' | '前年' | '本年' | '当年' | '上年'
  | '本月' | '当月' | '上月' | '下月' | '上个月' | '下个月'
  | '今天' | '今日' | '当天' | '当日' | '本日' | '昨天' | '昨日' | '前天' | '明天' | '明日' | '后天'
  | '後天' | '次日' | '翌日'
  | '今晨' | '今早' | '今晚' | '今夜' | '昨晚' | '昨夜' | '当晚' | '当夜' | '明晚' | '明早'
  | '上午' | '早上' | '早晨' | '清晨' | '早间' | '中午' | '午间' | '下午' | '午后' | '傍晚'
  | '晚上' | '晚间' | '夜间' | '夜里' | '深夜' | '凌晨' | '半夜' | '午夜' | '晚' | '早' | '夜'
  | '分' | '秒' | '一刻' | '三刻' | '整' | '时' | '時' | '点钟' | '许' | '前后'
  | '星期' | '周' | '週' | '礼拜' | '禮拜' | '天'
  | '目前' | '现在' | '如今' | '眼下'
  | '从' | '自' | '起至' | '起到' | '止' | '为止' | '以来' | '至今'
  | '小时' | '个小时' | '个多小时' | '钟头' | '个钟头' | '个周' | '个星期' | '个月' | '个多月'
  | '分钟' | '秒钟' | '工作日' | '个工作日'
  ;

// ======================================================================================= tokens

// Fixed words that contain a numeral but are no value (lexicons/not_values.txt): as one token
// they hide the numeral inside them.
NOT_VALUE : LEX_NOT_VALUES ;

// 2022-03-18, 2010/01/29, 2010.01.29 (listed before CODE: on equal length the first rule wins).
DATE_NUMERIC
  : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT? '-' DIGIT DIGIT?
  | DIGIT DIGIT DIGIT DIGIT '/' DIGIT DIGIT? '/' DIGIT DIGIT?
  | DIGIT DIGIT DIGIT DIGIT '.' DIGIT DIGIT? '.' DIGIT DIGIT?
  ;

// Digits joined by dots, dashes or a colon that are no number: 192.168.1.1, 888-000-9999, 1:1000.
// Being longer, they win over ARABIC and CLOCK, so no number is read out of them.
CODE
  : DIGIT+ '.' DIGIT+ '.' DIGIT+ ( '.' DIGIT+ )+
  | DIGIT+ '-' DIGIT+ ( '-' DIGIT+ )+
  | DIGIT+ ':' DIGIT DIGIT DIGIT+
  ;

// 5:30, 11:00, 17:55:23
CLOCK : DIGIT DIGIT? ':' DIGIT DIGIT ( ':' DIGIT DIGIT )? ;

// 518.3, 149884, 1,050,000 (a group separator only before exactly three digits), 2e5, .5
ARABIC
  : DIGIT+ ( '.' DIGIT+ )? EXPONENT?
  | DIGIT DIGIT? DIGIT? ( ',' DIGIT DIGIT DIGIT )+ ( '.' DIGIT+ )?
  | '.' DIGIT+
  ;

fragment EXPONENT : [eE] [+\-]? DIGIT+ ;

// A run of Chinese numeral characters (digits, 十百千, financial forms); 万 and 亿 are separate
// tokens (multipliers), so 四千零四万 is CN_NUM '万'. The Java reads the run.
CN_NUM : [〇零一二三四五六七八九十百千两兩倆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿]+ ;

// A unit or measure word from lexicons/units.txt.
UNIT : LEX_UNITS ;

fragment DIGIT : [0-9] ;
