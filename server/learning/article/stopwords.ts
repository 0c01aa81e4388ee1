// Function words and common verbs that say nothing about what an article is about.
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after again against ago all almost also although always am among an and another any
anyone anything are around as ask asked at away back be became because become been before being below
between both but by came can cannot could did do does doing done down during each either else enough even
ever every few find first for found from further get gets getting give given go goes going gone got had
has have having he her here hers herself him himself his how however i if in including into is it its
itself just keep know known last later least less let like likely made make makes making many may me
might more most much must my myself near need never new next no nor not now of off often on once one only
or other others our ours ourselves out over own part per perhaps put rather really said same say says
see seen several she should show since so some someone something sometimes still such take than that the
their theirs them themselves then there these they thing things think this those though three through
thus time times to today together too took toward two under until up upon us use used using very want
was way ways we well went were what when where whether which while who whom whose why will with within
without would year years yet you your yours yourself yourselves told tell according around mr mrs ms dr
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday percent people lot lots day days`.split(/\s+/),
);
