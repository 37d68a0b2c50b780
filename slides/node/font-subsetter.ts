/**
 * Cuts small fonts for a view's text from the bundled fonts (the build's font-sources/,
 * see build/vite/font-files-plugin.ts): one TrueType file per face holding exactly the
 * characters asked for, made with HarfBuzz's subsetter. A view starting up loads one
 * such file per face instead of the dozens of unicode-range slices its text would
 * touch, each with a request and a woff2 decode. Characters a source lacks are left
 * out (the view falls back to the slices for them).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FONT_MANIFEST_FILE } from '../../renderer/fonts/bundled-families.ts';
import type { FontManifest, FontSource } from '../../renderer/fonts/bundled-families.ts';
import { codePointsOfRuns } from '../../renderer/fonts/unicode-range.ts';
import type { FaceSpec, SubsetFont } from '../core/fonts.ts';
import { OFFICIAL_FAMILY, OFFICIAL_ROLES } from '../core/official-faces.ts';
import type { OfficialFaces } from '../core/official-faces.ts';
import { extractFace } from './sfnt.ts';
import { HarfBuzzSubsetter, type HbFace } from './hb-subset.ts';

/** Requests larger than this are refused: a view's screen is far smaller (the whole report is ~1,200 distinct characters). */
export const MAX_SUBSET_CHARACTERS = 20_000;

/**
 * HarfBuzz's WebAssembly starts on first use, so a wasm that fails (a damaged install, a
 * runtime without WebAssembly) fails the font requests, with its reason, instead of
 * stopping whatever imported this module from starting.
 */
export function loadHarfBuzz(): Promise<HarfBuzzSubsetter> {
  return HarfBuzzSubsetter.load();
}

/** A system font the official copy uses (slides/core/official-faces.ts): cut like a bundled one, under its role's family. */
interface SystemSource {
  readonly family: string;
  readonly weight: number;
  /** Absolute path. */
  readonly path: string;
  readonly index: number;
}

interface LoadedSource {
  readonly face: HbFace;
  readonly covered: ReadonlySet<number>;
}

export class FontSubsetter {
  private manifest: Promise<FontManifest> | undefined;
  private readonly sources = new Map<string, Promise<LoadedSource>>();
  private readonly cache = new Map<string, Promise<SubsetFont | null>>();
  /** The official copy's system faces, by family (set before each official export). */
  private systemSources = new Map<string, SystemSource>();

  private harfBuzz: Promise<HarfBuzzSubsetter> | undefined;

  /** `rendererDir`: the built renderer (its fonts.json and font-sources/). */
  constructor(
    private readonly rendererDir: string,
    private readonly load: () => Promise<HarfBuzzSubsetter> = loadHarfBuzz,
  ) {}

  private hb(): Promise<HarfBuzzSubsetter> {
    this.harfBuzz ??= this.load().catch((error: unknown) => {
      throw new Error(`HarfBuzz (harfbuzzjs) could not start, so no font is cut: ${error instanceof Error ? error.message : String(error)}. The views use the bundled font slices instead.`, { cause: error });
    });
    return this.harfBuzz;
  }

  private readManifest(): Promise<FontManifest> {
    const file = join(this.rendererDir, FONT_MANIFEST_FILE);
    this.manifest ??= readFile(file, 'utf8').then(
      (text) => JSON.parse(text) as FontManifest,
      (error: unknown) => {
        throw new Error(`The renderer's font list ${file} cannot be read (${error instanceof Error ? error.message : String(error)}). Run \`npm run build:renderer\`.`);
      },
    );
    return this.manifest;
  }

  /**
   * The official copy's roles filled by system faces: the print view then asks for their
   * families (OFFICIAL_FAMILY) like any bundled face. Roles set in bundled faces are not listed.
   */
  useOfficialFaces(faces: OfficialFaces): void {
    this.systemSources = new Map(
      OFFICIAL_ROLES.flatMap((role) => {
        const face = faces[role];
        return face.source === 'system' ? [[OFFICIAL_FAMILY[role], { family: OFFICIAL_FAMILY[role], weight: 400, path: face.file, index: face.index }] as const] : [];
      }),
    );
  }

  /** A source parsed once into HarfBuzz's memory, with the characters it has (from fonts.json, made by the build). */
  private source(spec: FontSource | SystemSource): Promise<LoadedSource> {
    if ('path' in spec) return this.systemSource(spec);
    const key = spec.file;
    let loaded = this.sources.get(key);
    if (!loaded) {
      if (!Array.isArray(spec.unicodes)) {
        const file = join(this.rendererDir, FONT_MANIFEST_FILE);
        return Promise.reject(new Error(`The renderer's font list ${file} does not say which characters ${spec.file} has (a build by an older Podium). Run \`npm run build:renderer\`.`));
      }
      loaded = Promise.all([readFile(join(this.rendererDir, spec.file)), this.hb()]).then(([data, hb]) => ({
        face: hb.face(data),
        covered: codePointsOfRuns(spec.unicodes),
      }));
      this.sources.set(key, loaded);
    }
    return loaded;
  }

  /**
   * A system face (one face of a collection taken out as a font of its own), with the characters
   * its cmap maps, read by harfbuzzjs's main module: only an official export with system faces loads it.
   */
  private systemSource(spec: SystemSource): Promise<LoadedSource> {
    const key = `${spec.path}#${spec.index}`;
    let loaded = this.sources.get(key);
    if (!loaded) {
      loaded = Promise.all([readFile(spec.path).then((data) => extractFace(data, spec.index)), this.hb(), import('harfbuzzjs')]).then(([data, hb, hbjs]) => ({
        face: hb.face(data),
        covered: new Set(new hbjs.Face(new hbjs.Blob(data)).collectUnicodes()),
      }));
      this.sources.set(key, loaded);
    }
    return loaded;
  }

  /**
   * Reads the sources and starts HarfBuzz ahead of the first request (about a second of
   * work), so a view's first screen does not wait for it. Never rejects: a failure
   * shows again, with its message, on the request that needs it.
   */
  async warm(): Promise<void> {
    try {
      const faces = await this.faces();
      await this.subset(faces, '讲台');
    } catch {
      // reported by the request that needs it
    }
  }

  /** The faces a view may ask for. */
  async faces(): Promise<FaceSpec[]> {
    return (await this.readManifest()).sources.map(({ family, weight }) => ({ family, weight }));
  }

  /** One font per face with the text's characters that face's source has (null for a face it has none of). */
  async subset(faces: readonly FaceSpec[], text: string): Promise<SubsetFont[]> {
    const characters = [...new Set(text)].filter((char) => char.trim()).sort();
    if (characters.length > MAX_SUBSET_CHARACTERS) throw new RangeError(`At most ${MAX_SUBSET_CHARACTERS} distinct characters per request (got ${characters.length}).`);
    const { sources } = await this.readManifest();
    const fonts = await Promise.all(
      faces.map((face) => {
        const system = this.systemSources.get(face.family);
        const spec = sources.find((source) => source.family === face.family && source.weight === face.weight) ?? (system?.weight === face.weight ? system : undefined);
        if (!spec) throw new RangeError(`Not a bundled face: ${face.family} ${face.weight}.`);
        // The family is part of the key: one system file may fill two roles (two families).
        const key = `${spec.family}\n${'path' in spec ? `${spec.path}#${spec.index}` : spec.file}\n${characters.join('')}`;
        let font = this.cache.get(key);
        if (!font) {
          font = this.cut(spec, characters);
          this.cache.set(key, font);
          // A few recent requests are enough: views ask again only when their text changes.
          if (this.cache.size > 32) this.cache.delete(this.cache.keys().next().value as string);
        }
        return font;
      }),
    );
    return fonts.filter((font): font is SubsetFont => font !== null);
  }

  private async cut(spec: FontSource | SystemSource, characters: readonly string[]): Promise<SubsetFont | null> {
    const [source, hb] = await Promise.all([this.source(spec), this.hb()]);
    const points = characters.map((char) => char.codePointAt(0) as number).filter((point) => source.covered.has(point));
    if (points.length === 0) return null;
    const data = hb.cut(source.face, points);
    return { family: spec.family, weight: spec.weight, text: String.fromCodePoint(...points), data };
  }
}
