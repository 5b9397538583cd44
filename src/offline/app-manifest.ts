/** The web app manifest of each language (served at /<lang>/manifest.webmanifest). */
import type { Locale } from '../i18n/locales.ts';

/** Page backgrounds of Starlight's two themes (src/styles/site.css --sl-color-black). */
export const THEME_COLORS = { dark: '#17181c', light: '#ffffff' } as const;

const TEXT: Record<Locale, { name: string; short_name: string; description: string }> = {
  en: {
    name: 'netmodes: Proxmox network modes',
    short_name: 'netmodes',
    description: 'How Proxmox VE connects virtual machines to the network: bridge, routed, NAT and bond, learned by doing.',
  },
  ko: {
    name: 'netmodes: Proxmox 네트워크 모드',
    short_name: 'netmodes',
    description: 'Proxmox VE가 가상 머신을 네트워크에 연결하는 방법(브리지, 라우팅, NAT, 본딩)을 직접 해 보며 배워요.',
  },
};

export function appManifest(locale: Locale) {
  return {
    ...TEXT[locale],
    id: `/${locale}/`,
    lang: locale,
    dir: 'ltr',
    start_url: `/${locale}/`,
    scope: '/',
    display: 'standalone',
    background_color: THEME_COLORS.dark,
    theme_color: THEME_COLORS.dark,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
