// Common regular verbs (base form) that learners use when talking about everyday life and the news.
export const REGULAR_VERBS: readonly string[] = [
  'agree', 'announce', 'answer', 'arrive', 'ask', 'attend', 'believe', 'call', 'change', 'check',
  'clean', 'close', 'complain', 'cook', 'cry', 'dance', 'decide', 'describe', 'discuss', 'enjoy',
  'explain', 'finish', 'happen', 'hate', 'help', 'hope', 'increase', 'invite', 'join', 'laugh',
  'learn', 'like', 'listen', 'live', 'look', 'love', 'move', 'need', 'open', 'order', 'plan',
  'play', 'practice', 'prefer', 'prepare', 'raise', 'rain', 'relax', 'remember', 'report',
  'seem', 'share', 'shop', 'start', 'stay', 'stop', 'study', 'talk', 'travel', 'try', 'use',
  'visit', 'wait', 'walk', 'want', 'watch', 'work', 'worry',
];
