/** Messages of the common area (English, the model for be/ and ru/). */
export const common = {};
