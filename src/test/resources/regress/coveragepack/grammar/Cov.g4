// A pack for the coverage report's tests: a rule that fires, one that never does, one whose
// matches are all turned away, two that read the same span differently, a grammar rule no rule
// uses, and a lexicon entry the corpus never holds.
grammar Cov;

// （通讯员 李平 郑直）
credit : LP role=ROLE SP names+=name (SP names+=name)* RP ;
name : HAN HAN HAN? ;
// 【防疫】
tag : LB body=word RB ;
// 【防疫】！, and 【防疫】 as well: the same span as tag
loudTag : LB body=word RB BANG? ;
word : HAN+ ;
// 口号：团结
motto : MOTTO COLON said=word ;
// 从未见过
unseen : NEVER seen=word ;
// Used by no rule.
spare : SPARE HAN ;

MOTTO : '口号' ;
NEVER : '从未' ;
SPARE : '备用' ;
ROLE : LEX_ROLES ;
HAN : [\p{Script=Han}] ;
LP : '(' | '（' ;
RP : ')' | '）' ;
LB : '【' ;
RB : '】' ;
COLON : ':' | '：' ;
BANG : '!' | '！' ;
SP : ' ' ;
NL : [\r\n]+ -> channel(HIDDEN) ;
OTHER : . ;
