/** Messages of the results area (English, the model for be/ and ru/). */
export const results = {};
