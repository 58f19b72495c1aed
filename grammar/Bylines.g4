// Bylines: who wrote an article and who is named in it with a post.
//
//   dateline      本报讯（记者 王培源）, 本报1月11日讯（通讯员 李平 郑直）, 新华社北京3月18日电（记者 X）
//   paperByline   ■ 本报记者 林金彦 (a byline standing in for a dateline, or closing a photo)
//   roleByline    记者 王强 通讯员 李明 (a paragraph of its own)
//   credit        （张蕾）, (融媒体 裴崇旭), (区综合行政执法局) at the very end of a paragraph
//   photoCredit   边艺洲 摄, 本报记者 朱玉东 摄, 文/图 张三
//   official      市委常委、常务副市长陈秀兴 (posts, then the name)
//   leaderName    习近平总书记 (the name, then the post)
//
// Names. The normaliser keeps a space between names (李平 郑直), but spaces are hidden from the
// grammar (they are the WS token of Base.g4, and making them visible would break values such as
// 三千 八百), so 李平郑直 is one run to it. A name is a surname (SURNAME, SURNAME_RARE) and one or
// two more characters, and ANTLR's look-ahead splits a run where each next name can start with a
// surname: 李平郑直辛东方 is 李平 郑直 辛东方 because 直 is no surname. A name ends before a word
// that follows names (FOLLOWER, nameStop: 出席, 表示, 在, 等 ...), so 副市长李强出席 gives 李强.
//
// Tokens. Every Han token type of this file (the lexicon tokens and the literals of nameStop,
// '讯', '电', '消息', '摄', '摄影', '报道') is listed in bylineWord at the end: the pack's hanChar
// (grammar/Values.g4) must accept bylineWord, or rules that read "any Chinese text" stop at them.
// This file's own rules read names and organisations with the character classes defined here,
// never with hanChar, so that hanChar may grow without letting a name run into 出席.
grammar Bylines;

// ================================================================================== datelines

// 本报讯（记者 王培源）, 本报讯（邱莹）, 本报讯, 本报1月11日讯（通讯员 李平 郑直 辛东方）,
// 新华社北京3月18日电（记者 X）, 聊城日报讯, 大众网讯（记者 X）; and without brackets when a role
// leads the names (`roles`): 本报讯 记者 王强 通讯员 李明.
dateline
  : src=datelineSource ( '(' group=reporterGroup ')' | roles=roleGroup )?
  ;

// The source: this paper (本报), a known agency (AGENCY), or any outlet whose name ends in a mark
// like 日报讯, 网讯, 媒讯, 网消息 (OUTLET_MARK). A date before 讯 or 电 is the dateline's date; a date after
// 本报讯 belongs to the first sentence.
datelineSource
  : BENBAO place=placeName? day=time? '讯'
  | AGENCY ( place=placeName? day=time ( '电' | '讯' ) | '讯' | '消息' )
  | outletName OUTLET_MARK
  ;

// 本报记者 林金彦, 本报记者 张三 李四, 本报记者 张三 通讯员 李四, 新华社记者 张三: a byline on a line
// of its own. The rules tell a byline opening an article (a Dateline) from one closing a photo (a
// Credit) by whether the article has a headline; 报道 may close it, and 摄 makes it a photo credit
// (photoCredit) that no byline rule takes.
paperByline
  : src=paperRole parts+=reporterPart+ ( '报道' | photo=( '摄' | '摄影' ) )?
  ;

paperRole
  : ( BENBAO | AGENCY ) role=ROLE
  ;

// 记者 王强 通讯员 李明: a byline without 本报, taken only as a paragraph of its own (`after`, as in
// credit), since 记者王强从市卫健委获悉 is running text.
roleByline
  : src=ROLE parts+=reporterPart+ '报道'? after=.?
  ;

// Names led by a role, and more roles with names: 记者 王强 通讯员 李明.
roleGroup
  : parts+=rolePart+
  ;

rolePart
  : BENBAO? role=ROLE names+=personName ( '、'? names+=personName )*
  ;

// The people of a dateline or credit, each role applying to the names after it:
// 记者 黄程 通讯员 黄贲 | 邱莹 | 施民法 张蕾 | 通讯员 王淑花、陈敬岭.
reporterGroup
  : parts+=reporterPart+
  ;

reporterPart
  : ( BENBAO? role=ROLE | MEDIA )? names+=personName ( '、'? names+=personName )*
  ;

// 北京 in 本报北京3月1日讯, 新华社北京3月18日电.
placeName
  : placeChar+
  ;

// 聊城 in 聊城日报讯, 东昌府融 in 东昌府融媒讯: one to five characters. A dateline can start at
// any Han character, so the name is bounded to keep each try short.
outletName
  : outletStart ( outletChar ( outletChar ( outletChar outletChar? )? )? )?
  ;

// ==================================================================================== credits

// A credit in brackets closing a paragraph: （张蕾）, （施民法 张蕾）, (融媒体 徐振鑫 通讯员 孙亚亭),
// （张三 摄）. `after` is whatever follows the closing bracket in the paragraph; the rule takes the
// match only when there is nothing, so （扩大）会议 is no credit.
// 融媒体 (MEDIA) before the names is the media centre the credit is the org of; the names after it
// have no role unless one is written (融媒体 裴凯 通讯员 孙悦).
credit
  : '(' ( media=MEDIA parts+=reporterPart* | parts+=reporterPart+ ) '摄'? ')' after=.?
  ;

// A credit naming an organisation alone: (区综合行政执法局), (经济日报), （据新华社）, （本通）,
// (衡水市文明办供稿). Its own grammar rule, so that (区市场监管局) is tried as an organisation and,
// when it does not end like one, as the names 区市 场监 管局 of the people's credit above.
orgCredit
  : '(' '据'? org=creditOrg '供稿'? ')' after=.?
  ;

// An organisation credit: a fixed one (本通), an agency (新华社), or a name whose ending the rule
// checks against lexicons/org_ends.txt (局, 委, 办, 报 ...). The rule also checks the `first`
// element: (融媒体 全兴社) is a media centre's credit to 全兴社, not an office named 融媒体全兴社.
creditOrg
  : fixed=CREDIT_ORG
  | fixed=AGENCY
  | first=orgChar orgChar* fixed=AGENCY?
  ;

// A photo or text credit closing a paragraph: 边艺洲 摄, 本报记者 朱玉东 摄, 文/图 张三,
// 文/张三 图/李四. It can start at any surname, so it reads at most two roles of at most three
// names each.
photoCredit
  : ( parts+=photoPart parts+=photoPart? shot=( '摄' | '摄影' )
    | ( CREDIT_LABEL parts+=photoPart )+
    ) after=.?
  ;

photoPart
  : ( ( BENBAO | AGENCY )? role=ROLE )? names+=personName
    ( '、'? names+=personName ( '、'? names+=personName )? )?
  ;

// ================================================================================== officials

// 副市长马卫红, 市委常委、常务副市长陈秀兴, 副市长、市公安局党委书记李强,
// 莘县县委副书记、县长、县新冠肺炎疫情处置工作领导小组（指挥部）组长张云生, 总经理李子勇.
// The posts are split on 、; the name follows the last post directly.
official
  : titles+=postTitle ( '、' titles+=postTitle )* name=officialName
  ;

// 习近平总书记, 李克强总理: the few posts written after the name (the rule checks which).
leaderName
  : name=officialName post=TITLE
  ;

// One post: a head word (TITLE) with what qualifies it before (市公安局, 常务, 副). A post may hold
// more than one head word (市人大常委会副主任 is 常委 then 会副主任, 院长助理兼医务科科长), but what
// follows a head word never starts like a name: 副市长马卫红 ends the post at 副市长.
postTitle
  : orgText? TITLE ( orgTail? TITLE )*
  ;

// The organisation part of a post: characters that can be in an organisation's name, with
// bracketed parts (领导小组（指挥部）). It never holds a word that follows names (出席, 在, 和 ...),
// so 会见市委书记 starts the post at 市.
orgText
  : orgPiece+
  ;

orgTail
  : ( tailStart | '(' orgChar+ ')' ) orgPiece*
  ;

orgPiece
  : orgChar | '(' orgChar+ ')'
  ;

// ====================================================================================== names

// A Chinese name: surname and one or two characters. The second character may be one of the
// little words that otherwise end a name (商同顺, 王和平, 李向东); the third may not (李强在).
// Where names stand side by side (their spaces are hidden), the third character is taken unless
// it is a common surname that starts the next name: alternatives are tried in order, so the
// empty one wins over lastCommon when both fit (刘静苗卫东 is 刘静 苗卫东, 田宇黄宁 is 田宇 黄宁),
// while a name at the end of a rule takes it (副市长马卫红 is 马卫红).
personName
  : sur=surname givenChar ( lastGivenChar | | lastCommon )
  ;

// A surname: SURNAME (common), SURNAME_RARE, or a character another token type holds (张 is a
// unit, 周 a time word, 于 and 向 words that end a name). Numerals are not (书记和主任一肩挑).
surname
  : commonSurname | SURNAME_RARE | '成' | '时' | '初'
  ;

commonSurname
  : SURNAME | UNIT | '周' | '许' | '余' | '万' | '于' | '向'
  ;

givenChar
  : lastGivenChar | lastCommon | CN_NUM
  | '周' | '许' | '余' | '万' | '时' | '初' | '日' | '晚' | '早' | '近' | '至'
  | '和' | '同' | '为' | '向' | '于' | '在' | '以' | '来' | '再' | '将' | '由' | '与' | '及'
  ;

// The last character of a name: not a word that may follow one (李强在, 李强时说, 李强早在).
lastGivenChar
  : HAN | SURNAME_RARE | '成' | '天' | '年' | '月'
  ;

lastCommon
  : SURNAME | UNIT
  ;

// An official's name: as personName, but read on its own rule. ANTLR first predicts without
// knowing which rule it is in, so a rule shared with the reporter lists would let 副主席赵同林为
// read 赵同 and 林为... as the start of a next name.
officialName
  : head=nameHead ( lastGivenChar | lastCommon )?
  ;

// The first two characters of an official's name, which the rule checks against words that
// start like a name but are none (lexicons/not_names.txt: 组长单位, 书记项目).
nameHead
  : surname givenChar
  ;

// A character of an organisation's name: any Han token but the words that follow names
// (FOLLOWER, nameStop), titles and the marks of credits; digits and letters too (都市118酒店,
// 聊城市第二人民医院).
orgChar
  : tailStart | nameStart
  ;

// The tokens that can start a name (see surname)...
nameStart
  : SURNAME | SURNAME_RARE | UNIT | '周' | '许' | '余' | '万' | '成' | '时' | '初'
  ;

// ... and those that cannot. 据, 为, 同, 来 end a name but not an organisation (市大数据局,
// 为民服务中心, 大同市, 来宾市).
tailStart
  // Words of Reports.g4 that stand inside organisation names too (中共, 应急管理局, 有限公司,
  // 核酸检测中心, 新冠肺炎疫情处置工作领导小组); not its joining words (和, 及), which end one.
  : HAN | CN_NUM | NOT_VALUE | ARABIC | LATIN | ORG_WORD | ROLE | AGENCY
  | '中' | '共' | '应' | '有' | '计算' | '其他' | ACTIVITY | DISEASE | CASE_KIND | MEDIA
  | '电' | '讯' | '摄' | '摄影' | '据' | '为' | '同' | '来'
  | '天' | '年' | '月' | '日' | '晚' | '早' | '第' | '分' | '自' | '号' | '多' | '半' | '点'
  | '底' | '末' | '夜' | '整'
  ;

// A character of a place (北京 in 本报北京3月1日讯) or an outlet (聊城日报, 聊城电视台).
// Characters other tokens hold stand in place names too: 成都, 天津, 万州, 许昌, 周口, 余姚, 于都,
// 和田, 大同, 来宾, 九江.
placeChar
  : HAN | SURNAME | SURNAME_RARE | UNIT | CN_NUM
  | '成' | '天' | '万' | '许' | '周' | '余' | '于' | '和' | '同' | '来' | '向' | '初'
  ;

// Numerals and words of their own start place names too (九江, 三明, 十堰, 天水, 万州, 许昌), with a
// character after them: a lone numeral or word starting an outlet's name was three times the
// attempts (the anchors the grammar analysis then finds are weaker), all but a few in vain.
outletStart
  : HAN | SURNAME | SURNAME_RARE
  | ( CN_NUM | '成' | '天' | '万' | '许' | '周' | '余' | '和' | '来' ) ( HAN | SURNAME | SURNAME_RARE | UNIT )
  ;

outletChar
  : placeChar | ROLE | '日' | '晚' | '早' | '电'
  ;

// The little words that end a name (李强在会上, 陈晓华等, 李明政以, 许洪顺和) and, but for 为, 同
// and 来, an organisation.
nameStop
  : '在' | '等' | '说' | '和' | '与' | '及' | '对' | '就' | '为' | '同' | '率' | '是' | '的' | '也'
  | '还' | '将' | '又' | '再' | '已' | '并' | '以' | '由' | '把' | '被' | '给' | '让' | '称'
  | '讲' | '着' | '过' | '了' | '来' | '赴' | '于' | '向'
  ;

// =================================================================================== the tokens

// Every Han token type of this file, for the pack's hanChar (see the top of this file).
bylineWord
  : BENBAO | ROLE | TITLE | FOLLOWER | ORG_WORD | AGENCY | CREDIT_ORG | CREDIT_LABEL
  | OUTLET_MARK | SURNAME | SURNAME_RARE | nameStop | '讯' | '电' | '消息' | '摄' | '摄影' | '报道'
  | '据' | MEDIA | '供稿'
  ;

BENBAO : '本报' ;
ROLE : LEX_ROLES ;
MEDIA : LEX_MEDIA_UNITS ;
TITLE : LEX_TITLES ;
FOLLOWER : LEX_NAME_FOLLOWERS ;
ORG_WORD : LEX_ORG_WORDS ;
AGENCY : LEX_AGENCIES ;
CREDIT_ORG : LEX_CREDIT_ORGS ;
CREDIT_LABEL : LEX_CREDIT_LABELS ;
OUTLET_MARK : LEX_OUTLET_MARKS ;
SURNAME : LEX_SURNAMES ;
SURNAME_RARE : LEX_SURNAMES_RARE ;
