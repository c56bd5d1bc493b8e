/** Messages of the data area (English, the model for be/ and ru/). */
export const data = {};
