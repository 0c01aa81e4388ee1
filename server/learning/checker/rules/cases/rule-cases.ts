// What a learner rule must correct (and into what), and correct sentences it must leave alone.
export interface RuleCases {
  flags: [text: string, corrected: string][];
  leavesAlone: string[];
}
