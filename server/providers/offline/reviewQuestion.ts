// The offline tutor's review question: when a notebook item is due, the reply's question gives
// the learner a natural chance to use the corrected form ("What do you enjoy doing when you read
// news like this?" invites "I enjoy reading ..."). It never mentions the mistake, and it asks
// about the page when the question can.
import type { ReviewTarget } from '../types';

type Question = (topic: string | undefined) => string;

const about = (topic: string | undefined, withTopic: string, without: string) => (topic ? withTopic.replace('{topic}', topic) : without);

const GERUND: Record<string, Question> = {
  enjoy: () => 'What do you enjoy doing when you read news like this?',
  finish: () => 'What time do you usually finish working or studying in the evening?',
  avoid: () => 'What do you try to avoid doing when you read news online?',
  mind: () => "What kind of work don't you mind doing, even when you are tired?",
  suggest: (t) => about(t, 'What would you suggest doing about {topic}?', 'What would you suggest doing on a rainy weekend?'),
  recommend: () => 'What would you recommend doing for someone who wants to learn more about this?',
  imagine: () => 'Can you imagine living in a place like the one in this story?',
  postpone: () => 'Have you ever postponed doing something important? What was it?',
  keep: () => 'What do you keep doing every day, even when you are busy?',
  practise: () => 'What do you practise doing to improve your English?',
  practice: () => 'What do you practice doing to improve your English?',
  consider: () => 'Have you ever considered doing something like this yourself?',
  stop: () => 'What is something you stopped doing when you got older?',
  miss: () => 'What do you miss doing from when you were younger?',
  'look forward to': () => 'What are you looking forward to doing this weekend?',
  'be used to': () => 'What are you used to doing every morning?',
};

const TO_INFINITIVE: Record<string, Question> = {
  want: () => 'What do you want to do after reading this?',
  decide: () => 'What have you decided to do this weekend?',
  plan: () => 'What are you planning to do this summer?',
  hope: () => 'What do you hope to learn from articles like this?',
  need: () => 'What do you need to do tomorrow?',
  learn: () => 'What would you like to learn to do this year?',
  promise: () => 'What have you promised to do for someone this week?',
  refuse: () => 'Is there anything you would refuse to do, even for a lot of money?',
  try: () => 'What are you trying to do better this year?',
};

const BARE_INFINITIVE: Record<string, Question> = {
  make: () => 'How does this story make you feel?',
  let: () => 'What did your parents let you do when you were a child?',
  help: () => 'What helps you relax after a long day?',
};

const PREPOSITION: Record<string, Question> = {
  interested: (t) => about(t, 'What are you most interested in about {topic}?', 'What topics are you interested in these days?'),
  depend: () => 'What does your mood usually depend on?',
  participate: () => 'Have you ever participated in an event like this? What was it like?',
  responsible: (t) => about(t, 'Who do you think is responsible for {topic}?', 'What are you responsible for at home?'),
  similar: () => 'Is this similar to anything in your country?',
  afraid: () => 'What were you afraid of when you were a child?',
  proud: () => 'What is something you are proud of?',
  listen: () => 'What do you like to listen to when you are on the bus?',
  arrive: () => 'What time did you arrive at work or school today?',
  discuss: () => 'Which part of the article would you most like to discuss with a friend?',
  mention: () => 'Which point does the article mention first?',
  emphasize: () => 'What does the writer emphasize most?',
  go: () => 'What time do you usually go home on weekdays?',
  explain: () => 'How would you explain this article to a friend?',
};

const TIME_PREPOSITION: Record<string, string> = {
  on: 'What do you usually do on Saturdays?',
  in: 'What do you like to do in the evening?',
  at: "What do you do at night when you can't sleep?",
};

const NOUNS: Record<string, Question> = {
  information: (t) => about(t, 'Where do you usually find information about {topic}?', 'Where do you usually find information about the news?'),
  advice: (t) => about(t, 'What advice would you give someone who wants to learn about {topic}?', 'What is the best advice anyone has given you?'),
  homework: () => 'How much homework did you have when you were at school?',
  news: () => 'Where do you usually get your news?',
  furniture: () => 'What furniture would you like to have in your room?',
  equipment: () => 'What equipment do you need for your favourite hobby?',
  luggage: () => 'How much luggage do you usually take on a trip?',
  baggage: () => 'How much baggage do you usually take on a trip?',
  money: () => 'What do you usually spend money on?',
  knowledge: () => 'What knowledge do you need for your job or your studies?',
  research: (t) => about(t, 'What research would you like to read about {topic}?', 'What research would you like to read about?'),
  feedback: () => 'What feedback do you usually get on your English?',
  traffic: () => 'How is the traffic in your city these days?',
  weather: () => 'What is the weather like where you are today?',
  work: () => 'How much work do you have this week?',
  music: () => 'What music do you listen to when you study?',
};

const BY_FAMILY: Record<string, (target: ReviewTarget, topic: string | undefined) => string | undefined> = {
  'verb-form': ({ governor = '', form }, topic) =>
    (form === 'to-infinitive' ? TO_INFINITIVE : form === 'bare-infinitive' ? BARE_INFINITIVE : GERUND)[governor]?.(topic),
  'third-person': (_target, topic) => about(topic, 'What does the writer say about {topic}?', 'What does your best friend usually do at the weekend?'),
  'do-agreement': () => 'What is something your best friend doesn\'t like doing?',
  'do-support': () => 'Did you go out last weekend, or did you stay at home?',
  'subject-verb': ({ form }, topic) =>
    form === 'plural'
      ? about(topic, 'What are people in your country saying about {topic}?', 'What are your friends busy with these days?')
      : form === 'uncountable'
        ? 'What is the most interesting news you have heard this week?'
        : 'How is everyone in your family these days?',
  'quantifier-plural': () => 'How many hours a day do you spend reading or watching the news?',
  'one-of-plural': () => 'Who is one of your favourite writers, and why?',
  uncountable: ({ nouns }, topic) => nouns?.map((noun) => NOUNS[noun]?.(topic)).find((q) => q !== undefined),
  'much-plural': () => 'How many people do you think read articles like this?',
  'past-time': (_target, topic) => about(topic, 'When did you last hear about {topic}, and what did you think?', 'What did you do yesterday after work or school?'),
  'perfect-past-time': () => 'Where did you go on your last holiday?',
  'participle-past': () => 'What is the last film you saw, and what did you think of it?',
  'be-agree': (_target, topic) => (topic ? 'Do you agree with what the article says? Why or why not?' : 'Do you agree that people read less than before? Why or why not?'),
  'be-progressive': () => 'What are you working on these days?',
  preposition: ({ governor = '', form, preposition }, topic) => (form === 'time' ? TIME_PREPOSITION[preposition ?? ''] : PREPOSITION[governor]?.(topic)),
  modal: () => "What is something you can do well that your friends can't?",
  'be-before-verb': () => 'What do you usually do on Sunday mornings?',
  comparative: ({ form }, topic) =>
    form === 'est' || form === 'double-most'
      ? about(topic, 'What is the biggest problem with {topic}, do you think?', 'What is the best place you have ever visited?')
      : 'Is life easier or harder now than it was ten years ago, do you think?',
  'there-be': (_target, topic) => about(topic, 'Are there many people in your city who care about {topic}?', 'What is there to do in your neighbourhood?'),
  article: () => 'How long did it take you to read this: an hour, or less?',
  'say-tell': () => 'What did the last person you talked to tell you?',
  'go-activity': () => 'What do you like doing outdoors at the weekend — do you ever go hiking or swimming?',
  'very-verb': (_target, topic) => about(topic, 'What do you really like or dislike about {topic}?', 'What is something you really like about your city?'),
  'because-of': () => 'Why did you start learning English?',
  'participle-adjective': () => 'What kind of things are you interested in these days?',
  'possessive-determiner': () => 'Tell me about someone in your family: what is their job, and what do they like?',
  'adverb-form': () => 'What is something you do well, and something you would like to do better?',
  'perfect-participle': (_target, topic) => about(topic, 'Have you ever read or seen anything else about {topic}?', 'What is the best film you have ever seen?'),
  'every-singular': () => 'What do you do every day before work or school?',
  'although-but': () => 'What is something you enjoy even though it is hard?',
};

/** The question that invites the item; `topic` is the page's first key term, when there is one. */
export function reviewQuestion(target: ReviewTarget, topic: string | undefined): string {
  const specific = BY_FAMILY[target.family]?.(target, topic);
  if (specific) return specific;
  if (target.kind === 'phrase') {
    return about(topic, `How would you use "${target.corrected}" to say something about {topic}?`, `How would you use "${target.corrected}" to talk about your own life?`);
  }
  return about(topic, `Could you use "${target.corrected}" to tell me more about {topic}?`, `Could you use "${target.corrected}" to tell me about your week?`);
}
