/** Messages of the charts area (English, the model for be/ and ru/). */
export const charts = {};
