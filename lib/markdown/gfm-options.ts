import type { Options } from 'remark-gfm';

/** The one Markdown dialect of the app: GFM, where a single "~" is "about" ("~$16"), never strikethrough. */
export const GFM_OPTIONS: Options = { singleTilde: false };
