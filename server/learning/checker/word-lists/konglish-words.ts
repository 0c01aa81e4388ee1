// Konglish compounds: English words put together in Korean for things English names otherwise
// (러닝머신, 스킨십, 셀카, 와이셔츠). None of them is an English phrase in the sense the learner
// means, so they are corrected wherever they stand ("a running machine" for a machine that runs
// is too rare to keep). The words that are English in another sense ("notebook", "service",
// "one-piece", "cunning") need their context and stay in rules/konglish.ts; "sharp pencil" (샤프)
// is left out: a sharp pencil is also a sharpened one. [pattern for the word (singular, with an optional plural), singular, plural].
export const KONGLISH_COMPOUNDS: readonly (readonly [pattern: string, singular: string, plural: string])[] = [
  [String.raw`running[\s-]?machine(?<plural>s)?`, 'treadmill', 'treadmills'],
  [String.raw`skinship`, 'physical affection', 'physical affection'],
  [String.raw`Y[\s-]shirt(?<plural>s)?`, 'dress shirt', 'dress shirts'],
  [String.raw`back[\s-]?mirror(?<plural>s)?`, 'rearview mirror', 'rearview mirrors'],
  [String.raw`sign[\s-]?pen(?<plural>s)?`, 'felt-tip pen', 'felt-tip pens'],
  [String.raw`gag[\s-]?(?:man|m(?<plural>e)n)`, 'comedian', 'comedians'],
  [String.raw`sel(?:ca|ka)(?<plural>s)?`, 'selfie', 'selfies'],
  [String.raw`self[\s-]camera(?<plural>s)?`, 'selfie', 'selfies'],
  [String.raw`remocon(?<plural>s)?`, 'remote control', 'remote controls'],
  [String.raw`pocket[\s-]?ball`, 'pool', 'pool'],
  [String.raw`arbeit`, 'part-time job', 'part-time jobs'],
  [String.raw`concent(?<plural>s)?`, 'outlet', 'outlets'],
];
