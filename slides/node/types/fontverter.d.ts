/** fontverter ships no types: the one function Podium uses. */
declare module 'fontverter' {
  type Format = 'sfnt' | 'truetype' | 'woff' | 'woff2';
  const fontverter: {
    convert(buffer: Buffer, toFormat: Format, fromFormat?: Format): Promise<Buffer>;
    detectFormat(buffer: Buffer): Exclude<Format, 'truetype'>;
  };
  export default fontverter;
}
