/**
 * How the print view is printed, the same in the app and the CLI: page sizes from the
 * view's @page rule, backgrounds on (slide themes), a tagged PDF whose headings
 * Chromium turns into the outline (bookmarks).
 */

/** For Electron's webContents.printToPDF. */
export const ELECTRON_PRINT_TO_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
  margins: { marginType: 'none' },
} as const;

/** For playwright-core's page.pdf. */
export const PLAYWRIGHT_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  outline: true,
  tagged: true,
  margin: { top: '0', right: '0', bottom: '0', left: '0' },
} as const;
