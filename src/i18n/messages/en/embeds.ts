/** Messages of the embeds area (English, the model for be/ and ru/): the words of /embed/<id>/ and of the embed code on a chart's page. */
export const embeds = {
  /** Before the link to the chart's page in the embed's credit line. */
  credit: 'Chart: ',
  newTab: ' (opens in a new tab)',
  /** The frame's title in the snippet. */
  frameTitle: 'Chart: ',
  code: {
    intro: 'Copy this code into your page. The frame shows the chart with its summary, sources and data table, and links back here.',
    options: 'Options',
    plain: ' Plain: the chart and its table only (you write the title and credit)',
    transparent: ' Transparent: no background',
    static: ' Static: never load the interactive chart',
    copy: 'Copy the embed code',
    copied: 'Copied.',
    selected: 'Selected: press Ctrl+C (or ⌘C) to copy.',
    script: 'The script is optional. With it, the frame fits its content exactly and follows your page’s light or dark theme; without it (if your site strips scripts), the frame keeps a height that fits the chart in a column 640 pixels wide.',
    themeBefore: 'To fix the theme, add ',
    themeOr: ' or ',
    themeAddress: ' to the frame’s address; ',
    themeAuto: ' (the default) follows the reader’s system setting.',
    otherBefore: 'Other options, added the same way and combined with ',
    otherColon: ': ',
    plainNote: (height: number) =>
      ` shows the chart and its table only, for a page that writes its own title and credit (set the frame’s height to ${height}); `,
    transparentNote: ' drops the background; ',
    staticNote: ' keeps the drawing and never loads the interactive chart.',
    cspBefore: 'If your page sends a Content-Security-Policy, it must allow this site in frames: ',
    cspScript: ' and, for the script, ',
  },
};
