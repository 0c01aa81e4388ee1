// A short news-style article as Readability's textContent gives it: source indentation,
// line breaks inside paragraphs, abbreviations and decimals.
export const FARMING_TITLE = 'Robots are changing how farmers grow rice | Example News';

export const FARMING_TEXT = `
    Robots are changing how farmers grow rice
      In Japan, a growing number of farmers now use robots to plant and harvest rice.
    The machines were first tested by Mr. Tanaka, a farmer near Niigata, in 2021.
    He says the robots cut his working hours by 3.5 hours a day.

    Farmers in the U.S. are watching closely. The Department of Agriculture says
    labour shortages on farms have grown every year since 2015.
    Rice farming needs a lot of water, and the robots can measure water levels in each field.
    Some older farmers worry that the robots are too expensive for small farms.
    "A robot costs more than my house," one farmer told Example News.
    Still, the Department of Agriculture expects more farms to use robots by 2030.
    Experts say robots will not replace farmers, but they will change what farmers do every day.
`;
