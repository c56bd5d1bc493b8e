/** Messages of the embeds area (English, the model for be/ and ru/): the words of /embed/<id>/ and of the embed code on a chart's page. */
export const embeds = {
  /** Before the link to the chart's page in the embed's credit line. */
  credit: 'Chart: ',
  newTab: ' (opens in a new tab)',
};
