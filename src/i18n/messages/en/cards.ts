/** Messages of the cards area (English, the model for be/ and ru/). */
export const cards = {};
