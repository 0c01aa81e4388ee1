// Verbs followed by a gerund, never by "to" + verb ("enjoy swimming", not "enjoy to swim").
// Verbs where "to" can start a purpose clause (stop, quit, practise) or a passive (consider) are
// left out, so a correct sentence is never flagged.
export const GERUND_VERBS: readonly string[] = [
  'enjoy', 'finish', 'avoid', 'mind', 'suggest', 'recommend', 'imagine', 'deny', 'postpone',
];
