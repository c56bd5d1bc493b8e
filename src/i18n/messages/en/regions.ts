/** Messages of the regions area (English, the model for be/ and ru/). */
export const regions = {};
