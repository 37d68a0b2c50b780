/** Durations as people write them on an agenda: "50" (minutes), "50:00", "1:05:30". */

/** Seconds from "mm:ss", "h:mm:ss" or a number of minutes; undefined when it is none of these. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 60);
  const match = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(trimmed);
  if (!match) return undefined;
  const [, hours, minutes, seconds] = match;
  if (Number(seconds) >= 60 || (hours !== undefined && Number(minutes) >= 60)) return undefined;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** "4:05", "50:00", "1:02:03": minutes and seconds, hours only when needed. */
export function formatDuration(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  const all = Math.round(Math.abs(totalSeconds));
  const hours = Math.floor(all / 3600);
  const minutes = Math.floor((all % 3600) / 60);
  const seconds = String(all % 60).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${sign}${minutes}:${seconds}`;
}
