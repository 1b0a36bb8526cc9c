/// <reference types="vite/client" />
import type { HTMLAttributes, Ref } from 'preact';
import type { AltchaWidgetElement } from 'altcha/external';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      /** The ALTCHA widget (altcha/external), configured by attributes and `$altcha.defaults`. */
      'altcha-widget': Omit<HTMLAttributes<HTMLElement>, 'ref'> & {
        ref?: Ref<AltchaWidgetElement>;
        challenge?: string;
        language?: string;
        name?: string;
        auto?: 'off' | 'onfocus' | 'onload' | 'onsubmit';
        type?: 'native' | 'checkbox' | 'switch';
        display?: 'standard' | 'bar' | 'floating' | 'overlay' | 'invisible';
      };
    }
  }
}
