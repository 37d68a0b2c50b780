/**
 * How the print view is printed, the same in the app and the CLI: page sizes from the
 * view's @page rule, backgrounds on (slide themes), a tagged PDF whose headings
 * Chromium turns into the outline (bookmarks).
 */

/**
 * For Electron's webContents.printToPDF: only keys of Electron 45's PrintToPDFOptions
 * (electron/main checks them against the typings). Margins are inches per side; the
 * print view draws its own margins.
 */
export const ELECTRON_PRINT_TO_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
  displayHeaderFooter: false,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
} as const;

/** For the DevTools protocol's Page.printToPDF (the CLI's headless Chromium, slides/export/pdf.ts). Margins in inches. */
export const CDP_PRINT_TO_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
  displayHeaderFooter: false,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  transferMode: 'ReturnAsBase64',
} as const;
