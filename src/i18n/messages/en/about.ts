/** Messages of the about area (English, the model for be/ and ru/). */
export const about = {};
