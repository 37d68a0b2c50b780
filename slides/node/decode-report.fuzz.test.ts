/**
 * Fuzzing import: generated reports as bytes in every encoding a report arrives in (UTF-8 with and
 * without BOM, UTF-16 LE/BE with BOM, GB18030/GBK), in several at once, truncated mid-character,
 * and as raw bytes, through decodeReport and then compileDeck. Each case ends within the hang
 * bound and fails only with a DeckError; text in a Unicode encoding comes back exactly, and the
 * deck's notes give back the decoded text. Replay a failure with PODIUM_FUZZ_SEED=<seed>.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DeckError } from '../core/errors.ts';
import { bounded, CASE_BOUND_MS, compileChecked, fuzzParameters, FuzzFailure } from '../../test/hardening/fuzz-support.ts';
import { anyUnicode, reportText } from '../../test/hardening/fuzz-documents.ts';
import { normalizeNewlines } from './decode-text.ts';
import { decodeReport } from './read-report.ts';

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'gb18030' | 'gbk';
const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'gb18030', 'gbk'];
const UNICODE_ENCODINGS = new Set<Encoding>(['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom']);

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    default:
      return iconv.encode(text, encoding);
  }
}

/** Strings JavaScript can hold but no encoder can write (lone surrogates) are not text a file holds. */
const isWellFormed = (text: string): boolean => Buffer.from(text, 'utf8').toString('utf8') === text;

type Bytes =
  | { kind: 'encoded'; text: string; encoding: Encoding }
  | { kind: 'mixed'; parts: { text: string; encoding: Encoding }[] }
  | { kind: 'truncated'; text: string; encoding: Encoding; cut: number }
  | { kind: 'raw'; bytes: Uint8Array };

const text = fc.oneof({ weight: 3, arbitrary: reportText }, { weight: 1, arbitrary: anyUnicode });
const encoding = fc.constantFrom(...ENCODINGS);
const bytesCase: fc.Arbitrary<Bytes> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('encoded' as const), text, encoding }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mixed' as const), parts: fc.array(fc.record({ text: reportText, encoding }), { minLength: 2, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncated' as const), text: reportText, encoding, cut: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), bytes: fc.uint8Array({ maxLength: 2_000 }) }) },
);

function toBytes(input: Bytes): Uint8Array {
  switch (input.kind) {
    case 'encoded':
      return encode(input.text, input.encoding);
    case 'mixed':
      return Buffer.concat(input.parts.map((part) => encode(part.text, part.encoding)));
    case 'truncated': {
      const whole = encode(input.text, input.encoding);
      return whole.subarray(0, whole.length === 0 ? 0 : input.cut % whole.length);
    }
    case 'raw':
      return input.bytes;
  }
}

/** What the decoded text must be when the bytes are one Unicode encoding of well-formed text. */
function expectedText(input: Bytes): string | undefined {
  if (input.kind !== 'encoded' || !UNICODE_ENCODINGS.has(input.encoding) || !isWellFormed(input.text) || input.text.includes('\0')) return undefined;
  // A U+FEFF the text itself starts with reads as a byte-order mark when no other mark precedes it.
  const text = input.encoding === 'utf-8' && input.text.startsWith('\ufeff') ? input.text.slice(1) : input.text;
  return normalizeNewlines(text);
}

describe('fuzzing decodeReport → compileDeck', () => {
  for (const name of ['fuzz.txt', 'fuzz.md'] as const) {
    it(`${name}: any bytes in any encoding (1,000): bounded, DeckError only, exact text for Unicode, the notes are the decoded text`, async () => {
      await fc.assert(
        fc.asyncProperty(bytesCase, async (input) => {
          const bytes = toBytes(input);
          const decoded = await bounded(`decodeReport(${name})`, Buffer.from(bytes).toString('latin1'), CASE_BOUND_MS, () => decodeReport(name, bytes));
          const expected = expectedText(input);
          if (decoded instanceof DeckError) {
            // Well-formed Unicode text is always readable; the only refusals allowed are empty or binary (NUL) text.
            if (expected !== undefined && expected.trim() !== '') throw new FuzzFailure(`decodeReport refused well-formed ${input.kind === 'encoded' ? input.encoding : ''} text: ${decoded.message}`);
            return;
          }
          if (expected !== undefined && decoded.text !== expected) {
            throw new FuzzFailure(`decodeReport changed ${JSON.stringify(expected.slice(0, 80))} into ${JSON.stringify(decoded.text.slice(0, 80))}`);
          }
          await compileChecked(decoded, name.endsWith('.txt') ? { report: decoded.text } : {});
        }),
        fuzzParameters(1_000),
      );
    }, 3 * 60_000);
  }

  it('.docx: random bytes and damaged ZIPs (200) end in a DeckError, never a crash', async () => {
    const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4_000 }), fc.boolean(), async (body, asZip) => {
        const bytes = asZip ? Buffer.concat([zipHeader, body]) : body;
        const outcome = await bounded('decodeReport(fuzz.docx)', Buffer.from(bytes).toString('latin1'), CASE_BOUND_MS, () => decodeReport('fuzz.docx', bytes));
        expect(outcome).toBeInstanceOf(DeckError);
      }),
      fuzzParameters(200),
    );
  }, 60_000);
});
