// A pack of text and persons only, for the command-line tests: it needs no value layer.
grammar Credits;

// 本报讯（记者 王培源）
dateline : src=SOURCE LP role=ROLE SP names+=name (SP names+=name)* RP ;
// （通讯员 李平 郑直）
credit : LP role=ROLE SP names+=name (SP names+=name)* RP ;
name : HAN HAN HAN? ;

SOURCE : '本报讯' ;
ROLE : LEX_ROLES ;
HAN : [\p{Script=Han}] ;
LP : '(' | '（' ;
RP : ')' | '）' ;
SP : ' ' ;
NL : [\r\n]+ -> channel(HIDDEN) ;
OTHER : . ;
