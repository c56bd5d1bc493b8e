/** Messages of the sources area (English, the model for be/ and ru/). */
export const sources = {};
