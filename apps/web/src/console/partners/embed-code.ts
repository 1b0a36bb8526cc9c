import { signPath, widgetPath } from '@eci/api-contract';
import type { Language } from '@eci/rules';

/**
 * The embed code a partner pastes into its site, exactly as docs/signing-page.md documents it
 * ("Embedding on a partner's site", "Widget"): the same attributes and sizes, with this site's
 * origin, the chosen language and `?partner=` so that statements are credited to the partner.
 */

export interface EmbedTarget {
  /** This site's origin (`https://sign.example.org`). */
  origin: string;
  lang: Language;
  /** The initiative's slug. */
  initiative: string;
  /** The partner's slug. */
  partner: string;
}

/** The signing page crediting the partner: `{origin}/{lang}/{slug}?partner={partner}`. */
export function signingPageAddress(target: EmbedTarget): string {
  return `${target.origin}${signPath(target.lang, target.initiative)}?partner=${encodeURIComponent(target.partner)}`;
}

/** The counter widget, whose link opens the signing page with the same `?partner=`. */
export function widgetAddress(target: EmbedTarget): string {
  return `${target.origin}${widgetPath(target.lang, target.initiative)}?partner=${encodeURIComponent(target.partner)}`;
}

/** A value inside a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function iframe(attributes: [string, string][]): string {
  return ['<iframe', ...attributes.map(([name, value]) => `  ${name}="${attribute(value)}"`), '></iframe>'].join('\n');
}

/** The signing page in a frame: `title` names it for screen readers, in the frame's language. */
export function signingPageEmbed(target: EmbedTarget, title: string): string {
  return iframe([
    ['src', signingPageAddress(target)],
    ['title', title],
    ['width', '100%'],
    ['height', '1600'],
    ['loading', 'lazy'],
    ['allow', 'clipboard-write'],
    ['referrerpolicy', 'no-referrer'],
  ]);
}

/** The counter widget in a 300 × 150 frame. */
export function widgetEmbed(target: EmbedTarget, title: string): string {
  return iframe([
    ['src', widgetAddress(target)],
    ['title', title],
    ['width', '300'],
    ['height', '150'],
    ['loading', 'lazy'],
    ['referrerpolicy', 'no-referrer'],
  ]);
}
