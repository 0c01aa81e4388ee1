// Verbs that govern the form of the verb after them: a closed set, unlike verbs in general.

// Followed by a gerund, never by "to" + verb ("enjoy swimming", not "enjoy to swim"). Verbs where
// "to" can start a purpose clause (stop, quit, practise) or a passive (consider) are left out, so a
// correct sentence is never flagged.
export const GERUND_VERBS: readonly string[] = [
  'enjoy', 'finish', 'avoid', 'mind', 'suggest', 'recommend', 'imagine', 'deny', 'postpone', 'keep', 'dislike', 'risk', 'delay', 'miss',
];

// Followed by "to" + verb, never by a gerund ("want to go", not "want going"). "like", "love",
// "start" and "need" take both and are left out.
export const INFINITIVE_VERBS: readonly string[] = [
  'want', 'decide', 'hope', 'plan', 'promise', 'refuse', 'expect', 'learn', 'manage', 'afford', 'fail', 'offer', 'choose', 'wish', 'pretend', 'seem',
];

// Followed by an object and a bare verb, without "to" ("made me think", "let me explain").
export const BARE_INFINITIVE_VERBS: readonly string[] = ['make', 'let'];
