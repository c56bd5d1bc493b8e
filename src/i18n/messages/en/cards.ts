/** The words of the social cards: each key figure's label, and the caveat at the foot of every card. */
export const cards = {
  share: (name: string) => `${name}’s share`,
  turnoutCloseNational: 'Turnout at the close of polls, nationally',
  turnoutCloseIn: (name: string, _locative: string) => `Turnout at the close of polls, ${name}`,
  winnerShareIn: (election: string) => `The winner’s share in ${election}`,
  candidatesRegistered: 'Candidates registered',
  sourcesCited: 'Sources cited',
  caveat: 'Official CEC figures as reported; no independent observers verified the count.',
};
