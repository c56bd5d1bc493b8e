/** Messages of the timeline area (English, the model for be/ and ru/). */
export const timeline = {};
