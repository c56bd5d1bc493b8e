import type { cards as en } from '../en/cards.ts';
import type { Translation } from '../types.ts';

export const cards: Translation<typeof en> = {
  share: (name: string) => `${name}: доля голосов`,
  turnoutCloseNational: 'Явка на момент закрытия участков, по стране',
  turnoutCloseIn: (_name: string, locative: string) => `Явка на момент закрытия участков в ${locative}`,
  winnerShareIn: (election: string) => `Доля победителя, ${election}`,
  candidatesRegistered: 'Зарегистрировано кандидатов',
  sourcesCited: 'Источники, на которые мы ссылаемся',
  caveat: 'Официальные цифры ЦИК по сообщениям СМИ; независимые наблюдатели подсчёт не проверяли.',
};
