/**
 * Teleprompter keys. Clickers send PageDown/PageUp (some arrows), their "blank" button
 * B or period; foot pedals are usually set to PageDown/PageUp, arrows or Space. Space
 * and the blank button pause the scrolling here (the hall's screen is the presenter's
 * business); page keys move the show, which the teleprompter then follows.
 */
export type PrompterAction =
  | 'togglePlay'
  | 'pause'
  | 'nextSlide'
  | 'prevSlide'
  | 'faster'
  | 'slower'
  | 'jumpToCurrent'
  | 'toggleAssist'
  | 'toggleMirror'
  | 'toggleRateSource'
  | 'toggleAids'
  | 'bigger'
  | 'smaller';

const KEYS: Record<string, PrompterAction> = {
  ' ': 'togglePlay',
  b: 'togglePlay',
  B: 'togglePlay',
  '.': 'togglePlay',
  Escape: 'pause',
  PageDown: 'nextSlide',
  ArrowRight: 'nextSlide',
  PageUp: 'prevSlide',
  ArrowLeft: 'prevSlide',
  ArrowDown: 'faster',
  ArrowUp: 'slower',
  j: 'jumpToCurrent',
  J: 'jumpToCurrent',
  Home: 'jumpToCurrent',
  a: 'toggleAssist',
  A: 'toggleAssist',
  m: 'toggleMirror',
  M: 'toggleMirror',
  r: 'toggleAids',
  R: 'toggleAids',
  t: 'toggleRateSource',
  T: 'toggleRateSource',
  '+': 'bigger',
  '=': 'bigger',
  '-': 'smaller',
  _: 'smaller',
};

export function prompterAction(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): PrompterAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return Object.hasOwn(KEYS, event.key) ? KEYS[event.key] : undefined;
}
