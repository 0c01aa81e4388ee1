// One-word comparatives; "more" before them is doubled ("more better").
export const ONE_WORD_COMPARATIVES: readonly string[] = [
  'better', 'worse', 'easier', 'bigger', 'smaller', 'faster', 'cheaper', 'harder', 'happier',
  'higher', 'larger', 'lower', 'older', 'richer', 'safer', 'simpler', 'stronger', 'warmer',
  'colder', 'younger', 'busier', 'healthier', 'heavier', 'nicer', 'quicker', 'slower',
  'smarter', 'wider', 'deeper', 'greater', 'cleaner', 'closer', 'cuter', 'prettier', 'funnier',
  'lazier', 'weaker', 'poorer', 'shorter', 'taller', 'hotter', 'cooler', 'darker', 'brighter',
];

// The matching superlatives, for "most biggest".
export const ONE_WORD_SUPERLATIVES: readonly string[] = [
  'best', 'worst', 'easiest', 'biggest', 'smallest', 'fastest', 'cheapest', 'hardest',
  'happiest', 'highest', 'largest', 'lowest', 'oldest', 'richest', 'safest', 'simplest',
  'strongest', 'youngest', 'busiest', 'healthiest', 'heaviest', 'nicest', 'greatest',
  'prettiest', 'funniest', 'tallest', 'hottest', 'coldest',
];
