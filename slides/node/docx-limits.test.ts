import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { DeckError } from '../core/errors.ts';
import { checkDocxExpansion, checkDocxText, DOCX_LIMITS, type ZipLimits } from './docx-limits.ts';
import { ExpansionBudget, ExpansionLimitError, readWithin } from './expansion-limits.ts';
import { docxPictures } from './docx-pictures.ts';
import { makeDocx } from './fixtures/make-docx.ts';
import { deflatedRepeat, makeZip } from './fixtures/make-zip.ts';
import { DEFAULT_MAX_BYTES, decodeReport } from './read-report.ts';
import { Readable } from 'node:stream';

const MB = 1024 * 1024;
const PARA = '<w:p><w:r><w:t>我们要坚持稳中求进，全面完成各项任务。</w:t></w:r></w:p>';
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';

/** A .docx whose word/document.xml is `size` bytes of paragraphs (a bomb when large: it zips ~1000:1). */
function docxWithDocument(size: number, claimedSize?: number): Buffer {
  const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: deflatedRepeat(PARA, size, DOC_HEAD), ...(claimedSize === undefined ? {} : { claimedSize }) },
  ]);
}

async function refusal(bytes: Uint8Array, limits?: ZipLimits): Promise<string> {
  try {
    await checkDocxExpansion(bytes, limits);
  } catch (error) {
    if (error instanceof ExpansionLimitError) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('.docx bounded after decompression', () => {
  it('lets a real report through, and its limits are the documented ones', async () => {
    await checkDocxExpansion(await makeDocx([{ text: '一、总体要求', style: 'Heading1' }, { text: '我们要坚持稳中求进。' }]));
    expect(DOCX_LIMITS).toEqual({ maxEntries: 5000, maxUnzippedBytes: 100 * MB, maxMarkupBytes: DEFAULT_MAX_BYTES, maxTextChars: 20_000_000 });
  });

  it('refuses the probe\'s bomb (36 MB of XML in a small file) with a clear message, as the reader\'s TOO_LARGE error', async () => {
    const bomb = docxWithDocument(36 * MB);
    expect(bomb.length).toBeLessThan(DEFAULT_MAX_BYTES); // the file limit alone lets it in
    expect(await refusal(bomb)).toBe('The document expands to more than 20 MB of text and markup when unzipped.');
    const error = await decodeReport('report.docx', bomb).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeckError);
    expect((error as DeckError).details).toMatchObject({
      code: 'TOO_LARGE',
      file: 'report.docx',
      message: 'The document expands to more than 20 MB of text and markup when unzipped.',
      hint: expect.stringMatching(/far smaller/),
      say: { message: { key: 'error.docx.expandsMarkup', values: { max: '20 MB' } }, hint: { key: 'error.docx.expands.hint' } },
    });
  });

  it('bounds the picture reader too: the same bomb is refused before mammoth unzips it', async () => {
    await expect(docxPictures(docxWithDocument(36 * MB))).rejects.toThrow(ExpansionLimitError);
  });

  it('counts the bytes that come out, not the sizes the headers claim', async () => {
    const liar = docxWithDocument(3 * MB, 100);
    expect(await refusal(liar, { ...DOCX_LIMITS, maxMarkupBytes: 2 * MB })).toMatch(/more than 2 MB of text and markup/);
  });

  it('lets pictures count against the overall limit only, and refuses a picture bomb', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const photo = (size: number) => ({ name: 'word/media/image1.png', data: Buffer.concat([png, Buffer.alloc(size)]) });
    const limits = { ...DOCX_LIMITS, maxUnzippedBytes: 8 * MB, maxMarkupBytes: 2 * MB };
    await checkDocxExpansion(makeZip([photo(5 * MB), { name: 'word/document.xml', data: Buffer.from(DOC_HEAD) }]), limits);
    expect(await refusal(makeZip([photo(9 * MB)]), limits)).toBe('The document expands to more than 8 MB when unzipped.');
    // A part named like a picture but holding markup is markup (the reader parses what the relationships say).
    const disguised = { name: 'word/media/image2.png', data: deflatedRepeat(PARA, 3 * MB) };
    expect(await refusal(makeZip([disguised]), limits)).toMatch(/more than 2 MB of text and markup/);
  });

  it('refuses a package of too many entries before parsing it', async () => {
    const many = makeZip(Array.from({ length: 5001 }, (_, i) => ({ name: `p/${i}.xml`, data: Buffer.alloc(0) })));
    expect(await refusal(many)).toBe('The document is a package of more than 5000 parts.');
    await checkDocxExpansion(makeZip(Array.from({ length: 200 }, (_, i) => ({ name: `p/${i}.xml`, data: Buffer.from('<a/>') }))));
  });

  it('limits the decoded text', () => {
    expect(checkDocxText('讲台'.repeat(10), { ...DOCX_LIMITS, maxTextChars: 20 })).toHaveLength(20);
    expect(() => checkDocxText('讲台'.repeat(11), { ...DOCX_LIMITS, maxTextChars: 20 })).toThrow(ExpansionLimitError);
    expect(() => checkDocxText('x'.repeat(20_000_001))).toThrow('The document holds more than 20 million characters of text.');
  });

  it('gives the memory back after refusing bombs', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const bomb = docxWithDocument(36 * MB);
    const used = (): number => {
      gc();
      gc();
      const { heapUsed, external, arrayBuffers } = process.memoryUsage();
      return heapUsed + external + arrayBuffers;
    };
    await refusal(bomb); // warm the code paths
    const before = used();
    for (let i = 0; i < 5; i += 1) await refusal(bomb);
    // Five refusals of a 36 MB document keep less than one refusal's budget.
    expect(used() - before).toBeLessThan(10 * MB);
  });

  it('offers the budget to other readers (pictures): stops a stream at its first chunk over', async () => {
    const budget = new ExpansionBudget('unzipped', 3, 'too big');
    let pulled = 0;
    const stream = Readable.from((function* () {
      for (let i = 0; i < 100; i += 1) {
        pulled += 1;
        yield Buffer.from('ab');
      }
    })());
    await expect(readWithin(stream, [budget], true)).rejects.toThrow('too big');
    expect(pulled).toBeLessThan(5);
    expect(await readWithin(Readable.from([Buffer.from('ab')]), [new ExpansionBudget('unzipped', 3, 'x')], true)).toEqual(Buffer.from('ab'));
  });
});
