/** Messages of the search area (English, the model for be/ and ru/). */
export const search = {};
