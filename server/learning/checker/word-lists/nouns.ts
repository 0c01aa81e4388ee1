// Singular nouns learners often use as the subject of a sentence (people and organisations).
export const SINGULAR_SUBJECT_NOUNS: readonly string[] = [
  'brother', 'sister', 'mother', 'father', 'mom', 'dad', 'friend', 'teacher', 'boss', 'wife',
  'husband', 'son', 'daughter', 'family', 'government', 'company', 'president', 'author',
  'writer', 'reporter', 'article', 'city', 'country', 'man', 'woman', 'boy', 'girl', 'child',
  'student', 'doctor', 'neighbor', 'neighbour', 'grandmother', 'grandfather', 'cousin',
  'roommate', 'colleague', 'coworker', 'manager', 'professor', 'minister', 'mayor',
];

// Plural nouns without "-s" that learners pair with a singular verb ("the people is").
export const IRREGULAR_PLURAL_NOUNS: readonly string[] = ['people', 'children', 'men', 'women'];

// Nouns ending in "-s" that take a singular verb, so "the news is" is never flagged.
export const SINGULAR_NOUNS_ENDING_IN_S: readonly string[] = [
  'news', 'series', 'species', 'politics', 'economics', 'physics', 'mathematics', 'athletics',
  'means', 'headquarters', 'lens', 'gymnastics', 'measles', 'ethics', 'statistics', 'electronics',
];
