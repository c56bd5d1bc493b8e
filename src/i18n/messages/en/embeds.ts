/** Messages of the embeds area (English, the model for be/ and ru/). */
export const embeds = {};
