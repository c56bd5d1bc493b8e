/** Messages of the history area (English, the model for be/ and ru/). */
export const history = {};
