/** Messages of the home area (English, the model for be/ and ru/). */
export const home = {};
