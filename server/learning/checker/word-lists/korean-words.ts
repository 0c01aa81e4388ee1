// Korean words our learners use in English as they are (romanised, mostly in lower case, so the
// capital-letter exemption for names does not cover them): food, culture, school, family words.
// harper's dictionary lacks them and "corrects" them to the nearest English word ("bibimbap" ->
// "bitmap", "hanbok" -> "handbook", "chaebol" -> "chatbot"). Common variant spellings are listed
// beside each other; the English words they resemble ("sundae", "jean") are not in the list.
export const KOREAN_WORDS: readonly string[] = [
  // food and drink
  'kimchi', 'bibimbap', 'bulgogi', 'galbi', 'dakgalbi', 'samgyeopsal', 'tteokbokki', 'topokki', 'tteok', 'japchae',
  'kimbap', 'gimbap', 'mandu', 'jjigae', 'sundubu', 'doenjang', 'gochujang', 'banchan', 'naengmyeon', 'jjajangmyeon',
  'jajangmyeon', 'jjamppong', 'ramyeon', 'ramyun', 'hotteok', 'bingsu', 'patbingsu', 'samgyetang', 'seolleongtang',
  'gukbap', 'bossam', 'jokbal', 'pajeon', 'bindaetteok', 'odeng', 'eomuk', 'soju', 'makgeolli', 'sikhye', 'yuja',
  'omija', 'chimaek', 'hanwoo',
  // culture, places, everyday life
  'hanbok', 'hanok', 'hangul', 'hangeul', 'chuseok', 'seollal', 'kimjang', 'gimjang', 'pansori', 'taekwondo', 'ssireum',
  'hanji', 'ondol', 'hagwon', 'suneung', 'noraebang', 'jjimjilbang', 'pojangmacha', 'manhwa', 'webtoon', 'mukbang',
  'hallyu', 'chaebol', 'daebak', 'hwaiting', 'aegyo', 'maknae', 'gyopo', 'kpop', 'kdrama',
  // people and family
  'oppa', 'unnie', 'eonni', 'noona', 'nuna', 'hyung', 'hyeong', 'sunbae', 'seonbae', 'sunbaenim', 'hoobae', 'hubae',
  'dongsaeng', 'chingu', 'ajumma', 'ahjumma', 'ajusshi', 'ahjussi', 'ajeossi', 'halmeoni', 'harabeoji',
];
