// Nouns that Korean learners often pluralise although English treats them as uncountable.
// Words whose "-s" form is also a verb (researches, staffs) are left out so verbs are never flagged.
export const UNCOUNTABLE_NOUNS: readonly string[] = [
  'advice', 'information', 'furniture', 'equipment', 'homework', 'knowledge', 'luggage',
  'baggage', 'feedback', 'software', 'machinery', 'vocabulary', 'scenery', 'clothing', 'jewelry',
];

// Plural nouns that follow "much" by mistake ("much people" -> "many people").
export const COMMON_PLURAL_NOUNS: readonly string[] = [
  'people', 'friends', 'things', 'problems', 'countries', 'students', 'books', 'cars', 'jobs',
  'questions', 'mistakes', 'ideas', 'times', 'reasons', 'changes', 'places', 'children',
  'workers', 'companies', 'families', 'tourists', 'houses', 'games', 'movies', 'articles',
];
