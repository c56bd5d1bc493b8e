/** Messages of the articles area (English, the model for be/ and ru/). */
export const articles = {};
