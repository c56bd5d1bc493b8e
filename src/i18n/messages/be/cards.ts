import type { cards as en } from '../en/cards.ts';
import type { Translation } from '../types.ts';

export const cards: Translation<typeof en> = {
  share: (name: string) => `${name}: доля галасоў`,
  turnoutCloseNational: 'Яўка на момант закрыцця ўчасткаў, па краіне',
  turnoutCloseIn: (_name: string, locative: string) => `Яўка на момант закрыцця ўчасткаў у ${locative}`,
  winnerShareIn: (election: string) => `Доля пераможцы, ${election}`,
  candidatesRegistered: 'Зарэгістравана кандыдатаў',
  sourcesCited: 'Крыніцы, на якія мы спасылаемся',
  caveat: 'Афіцыйныя лічбы ЦВК паводле СМІ; незалежныя назіральнікі падлік не правяралі.',
};
