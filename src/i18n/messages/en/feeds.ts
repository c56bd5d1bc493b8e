/** Messages of the feeds area (English, the model for be/ and ru/). */
export const feeds = {};
