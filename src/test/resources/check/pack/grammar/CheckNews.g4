// The checks' test pack: a few report statements of the built-in pack's genre, with fact types
// mirroring the contract's (Dateline, CaseReport, TestingProgress, Breakdown, Rate), so the checks
// of rules/checks.rules can be developed and tested before the real report rules land.
//
// Values.g4 and Base.g4 (and lexicons/units.txt, not_values.txt) are a snapshot of the built-in
// pack's (commit 857b512), so the values read here are read exactly as the built-in value layer
// reads them (2万余, 88.10%, 3月20日12时), while the pack stays apart from the built-in grammar's
// later changes.
grammar CheckNews;

import Values, Base;

// 本报3月20日讯
dateline : src='本报' at=time? '讯' ;

// 截至3月20日24时，全市累计报告本土确诊病例25例
// 截至3月20日15时，我市现有7例无症状感染者
caseReport
  : ( '截至' at=time ',' )? region=REGION status=STATUS '报告'? origin=ORIGIN? category=CATEGORY count=quantity
  | ( '截至' at=time ',' )? region=REGION status=STATUS count=quantity origin=ORIGIN? category=CATEGORY
  ;

// 3月20日10时，莘县报告1例新冠肺炎本土无症状感染者
caseReported
  : at=time ',' region=REGION '报告' count=quantity '新冠肺炎'? origin=ORIGIN? category=CATEGORY
  ;

// 截至3月20日12时，全市完成核酸检测518.3万人次，完成比例88.10%
progress
  : '截至' asOf=time ','? region=REGION? DONE activity=ACTIVITY? done=quantity ( ',' '完成比例' '达'? ratio=percent )?
  ;

// 我市现有7例无症状感染者，其中，高唐县1例，开发区5例，莘县1例
breakdown
  : REGION? STATUS total=quantity what=CATEGORY ',' '其中' ','? parts+=breakdownPart ( ( ',' | '、' ) parts+=breakdownPart )*
  ;
breakdownPart : label=REGION n=quantity ;

// 共交办边巡边改事项79个，完成整改78个，完成率达98.7%
// 完成率达98.7%
rate
  : whole=quantity ',' DONE part=quantity ',' what=RATEWORD reach? ratio=percent
  | what=RATEWORD reach? ratio=percent
  ;
reach : '达' | '达到' | '为' ;

REGION : LEX_REGIONS ;
STATUS : LEX_STATUSES ;
ORIGIN : LEX_ORIGINS ;
CATEGORY : LEX_CATEGORIES ;
ACTIVITY : LEX_ACTIVITIES ;
RATEWORD : LEX_RATEWORDS ;
DONE : LEX_DONE ;
