/** Messages of the candidates area (English, the model for be/ and ru/). */
export const candidates = {};
