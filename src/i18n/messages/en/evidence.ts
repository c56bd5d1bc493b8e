/** Messages of the evidence area (English, the model for be/ and ru/). */
export const evidence = {};
