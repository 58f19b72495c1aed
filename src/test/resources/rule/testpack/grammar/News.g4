// The test pack's grammar: a few report patterns, small enough to read in one go.
// Value rules (number, quantity, percent, date) are read by the tests' TestValues.
grammar News;

// 本报讯（记者 王培源）
dateline : src=SOURCE LP role=ROLE SP names+=name (SP names+=name)* RP ;
// （通讯员 李平 郑直）
credit : LP role=ROLE SP names+=name (SP names+=name)* RP ;
name : HAN HAN HAN? ;

// 截至3月20日12时，全市完成核酸检测518.3万人次，完成比例88.10%
progress
  : '截至' asOf=date COMMA? region=place? '完成' what=activity? done=quantity
    (COMMA '完成比例' ratio=percent)?
  ;
place : HAN+? SUFFIX ;
activity : HAN+? ;

// 新增3例
cases : status=STATUS count=quantity ;

// 共开展监督检查71次、核酸检测3次
tally : '共' items+=tallyItem ('、' items+=tallyItem)* ;
tallyItem : what=activity n=number unit=UNIT ;

// 约3例
approxQuantity : '约' q=quantity ;

// 【甲【乙】丙】: brackets inside brackets
bracket : '【' content=bracketBody '】' ;
bracketBody : (HAN | bracket)+ ;

// 甲和乙: pairs overlap partially in 甲和乙和丙
pair : left=HAN '和' right=HAN ;
pair2 : a=quantity '和' b=quantity ;
// 甲和乙丙: 甲和 from the first start, the longer 和乙丙 from the next (match ... leftmost)
reach : HAN '和' | '和' HAN HAN ;

number : NUMBER ;
quantity : n=NUMBER mult='万'? unit=UNIT ;
percent : n=NUMBER '%' ;
date : m=NUMBER '月' d=NUMBER '日' (h=NUMBER '时')? ;

NUMBER : [0-9]+ ('.' [0-9]+)? ;
SOURCE : '本报讯' ;
ROLE : LEX_ROLES ;
UNIT : LEX_UNITS ;
STATUS : LEX_STATUSES ;
SUFFIX : '市' | '县' ;
HAN : [\p{Script=Han}] ;
// Folded and unfolded forms alike, so the pack works before and after normalisation.
LP : '(' | '（' ;
RP : ')' | '）' ;
COMMA : ',' | '，' ;
SP : ' ' ;
NL : [\r\n]+ -> channel(HIDDEN) ;
OTHER : . ;
