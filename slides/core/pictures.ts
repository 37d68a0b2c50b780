/**
 * Pictures a deck refers to: a path relative to the deck file's folder ('/'-separated, at most a
 * few folders deep, a picture's extension), so the deck folder travels whole to the venue
 * laptop. Absolute paths, URLs and '..' are refused: a deck never reaches outside its folder.
 */
const PICTURE_SRC = /^(?:[\p{L}\p{N}_-][\p{L}\p{N}._-]{0,99}\/){0,3}[\p{L}\p{N}_-][\p{L}\p{N}._-]{0,99}\.(?:png|jpe?g|webp|svg)$/iu;

/** The picture types a deck may hold, by extension. */
export const PICTURE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.svg'] as const;

/** Whether a picture path is one a deck may refer to: relative, inside the deck's folder, a picture type. */
export function isPictureSrc(src: string): boolean {
  return PICTURE_SRC.test(src) && !src.split('/').some((segment) => segment === '.' || segment === '..');
}

/** `![alt](src)` alone on a line: the alt text as written (Markdown) and the path. */
export function imageLine(line: string): { alt: string; src: string } | undefined {
  const match = /^!\[((?:\\.|[^\]\\]){0,300})\]\(([^()\s]{1,400})\)$/u.exec(line.trim());
  return match ? { alt: match[1] as string, src: match[2] as string } : undefined;
}
